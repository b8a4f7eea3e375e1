import { adaptDifficulty } from "../engine/adapt-difficulty";
import { isOptionShown } from "../engine/visible-options";
import { applyEffects } from "../model/apply-effects";
import { evaluateCondition } from "../model/evaluate-condition";
import type { Difficulty, Quality } from "../schema/nodes";
import { TIMEOUT_PORT } from "../schema/nodes";
import type { Settings } from "../schema/scenario";
import type { Effect, VariableValue } from "../schema/variables";
import type { AnalysisIndex } from "./analysis-index";

export interface ExploreSettings {
  /** Level to explore at; defaults to the scenario's initial difficulty. */
  difficulty?: Difficulty;
  /** Follow adaptive difficulty as the player does; defaults to the scenario's setting. */
  adaptive?: boolean;
}

/** Where a learner stands, as far as what can happen next is concerned. */
export interface ExploreState {
  readonly node: number;
  readonly vars: Readonly<Record<string, VariableValue>>;
  readonly difficulty: Difficulty;
  readonly weakStreak: number;
  readonly strongStreak: number;
}

/** One way on from a state: a choice at a decision, or the single way on elsewhere (choice null). */
export interface Branch {
  readonly choice: string | null;
  readonly target: number;
  readonly effects: readonly Effect[];
  readonly points: Readonly<Record<string, number>> | null;
  readonly practised: readonly string[];
  readonly missed: readonly string[];
  readonly quality: Quality | null;
}

export interface ExploreContext {
  readonly ix: AnalysisIndex;
  readonly settings: ExploreSettings & { difficulty: Difficulty; adaptive: boolean };
  readonly levels: Settings["difficulty"];
  /** One Branch per port, built on first use: a branch depends on the port, not on the state. */
  readonly portBranch: (Branch | null)[];
  /** Difficulty changes what is shown only when some option is advanced-only; otherwise it is left out of state keys. */
  readonly difficultyMatters: boolean;
  readonly variableNames: readonly string[];
}

export function exploreContext(ix: AnalysisIndex, settings: ExploreSettings = {}): ExploreContext {
  const scenarioSettings = ix.scenario.settings;
  const difficulty = settings.difficulty ?? scenarioSettings.difficulty.initial;
  const adaptive = settings.adaptive ?? scenarioSettings.difficulty.adaptive;
  const difficultyMatters =
    scenarioSettings.difficulty.advancedOnlyAtChallenge &&
    ix.nodes.some((n) => n.kind === "decision" && n.options.some((o) => o.advanced));
  return {
    ix,
    settings: { difficulty, adaptive },
    levels: { ...scenarioSettings.difficulty, adaptive },
    portBranch: new Array(ix.portName.length).fill(null),
    difficultyMatters,
    variableNames: ix.scenario.variables.map((v) => v.name),
  };
}

/** Arriving at a node: a scene's effects apply on arrival, as in the player. */
function arrive(
  ctx: ExploreContext,
  node: number,
  vars: ExploreState["vars"],
): ExploreState["vars"] {
  const n = ctx.ix.nodes[node]!;
  return n.kind === "scene" && n.effects.length > 0
    ? applyEffects(n.effects, vars, ctx.ix.variables)
    : vars;
}

export function startState(ctx: ExploreContext): ExploreState | null {
  const { ix } = ctx;
  if (ix.start < 0) return null;
  const vars: Record<string, VariableValue> = {};
  for (const v of ix.scenario.variables) vars[v.name] = v.initial;
  return {
    node: ix.start,
    vars: arrive(ctx, ix.start, vars),
    difficulty: ctx.settings.difficulty,
    weakStreak: 0,
    strongStreak: 0,
  };
}

function branchAt(ctx: ExploreContext, port: number, make: () => Branch): Branch {
  let branch = ctx.portBranch[port];
  if (!branch) {
    branch = make();
    ctx.portBranch[port] = branch;
  }
  return branch;
}

const plain = (target: number): Branch => ({
  choice: null,
  target,
  effects: [],
  points: null,
  practised: [],
  missed: [],
  quality: null,
});

/**
 * The ways on from a state, in display order (options as listed, ignoring
 * shuffling, then the timeout). A port whose followed edge leads nowhere
 * usable is left out: the player stops with an error there. Endings and notes
 * have none; an empty list elsewhere means a learner is stuck.
 */
export function branchesOf(ctx: ExploreContext, state: ExploreState): Branch[] {
  const { ix } = ctx;
  const v = state.node;
  const node = ix.nodes[v]!;
  const first = ix.portStart[v]!;
  const out: Branch[] = [];
  switch (node.kind) {
    case "scene":
    case "reflection": {
      const t = ix.portTarget[first]!;
      if (t >= 0) out.push(branchAt(ctx, first, () => plain(t)));
      break;
    }
    case "condition": {
      let p = first + node.rules.length;
      for (let r = 0; r < node.rules.length; r++)
        if (evaluateCondition(node.rules[r]!.when, state.vars)) {
          p = first + r;
          break;
        }
      const t = ix.portTarget[p]!;
      if (t >= 0) out.push(branchAt(ctx, p, () => plain(t)));
      break;
    }
    case "decision": {
      const settings = ix.scenario.settings;
      for (let j = 0; j < node.options.length; j++) {
        const o = node.options[j]!;
        const t = ix.portTarget[first + j]!;
        if (t < 0 || !isOptionShown(o, state.difficulty, state.vars, settings)) continue;
        out.push(
          branchAt(ctx, first + j, () => ({
            choice: o.id,
            target: t,
            effects: o.effects,
            points: o.points,
            practised: o.skillsPractised,
            missed: o.skillsMissed,
            quality: o.quality,
          })),
        );
      }
      const timer = node.timer;
      const p = first + node.options.length;
      if (timer && ix.portTarget[p]! >= 0)
        out.push(
          branchAt(ctx, p, () => ({
            choice: TIMEOUT_PORT,
            target: ix.portTarget[p]!,
            effects: timer.effects,
            points: null,
            practised: [],
            missed: timer.skillsMissed,
            quality: "weak",
          })),
        );
      break;
    }
    default:
      break;
  }
  return out;
}

/** The state after taking a branch: its effects, then the next node's arrival effects, then the level change a choice can cause. */
export function follow(ctx: ExploreContext, state: ExploreState, branch: Branch): ExploreState {
  const { ix } = ctx;
  let vars = state.vars;
  if (branch.effects.length > 0) vars = applyEffects(branch.effects, vars, ix.variables);
  vars = arrive(ctx, branch.target, vars);
  if (branch.quality === null)
    return {
      node: branch.target,
      vars,
      difficulty: state.difficulty,
      weakStreak: state.weakStreak,
      strongStreak: state.strongStreak,
    };
  const adapted = adaptDifficulty(ctx.levels, state, branch.quality);
  return {
    node: branch.target,
    vars,
    difficulty: adapted.difficulty,
    weakStreak: adapted.weakStreak,
    strongStreak: adapted.strongStreak,
  };
}

/**
 * A string naming a state for de-duplication. Streaks and level count only
 * when they can change what is shown (advanced options and adaptive levels).
 */
export function stateKey(ctx: ExploreContext, state: ExploreState): string {
  let key = String(state.node);
  if (ctx.difficultyMatters) {
    key += `|${state.difficulty}`;
    if (ctx.settings.adaptive) key += `|${state.weakStreak}|${state.strongStreak}`;
  }
  for (const name of ctx.variableNames) {
    const value = state.vars[name];
    key += typeof value === "string" ? `|s${value.length}:${value}` : `|${value}`;
  }
  return key;
}
