import { applyEffects } from "../model/apply-effects";
import { evaluateCondition } from "../model/evaluate-condition";
import { ELSE_PORT, type ScenarioNode } from "../schema/nodes";
import type { VariableValue } from "../schema/variables";
import type { RunTrails, Trail } from "./run-trail";
import type { ScenarioIndex } from "./scenario-index";
import { EngineError, type PathStep, type RunState } from "./types";

export interface EngineContext {
  readonly index: ScenarioIndex;
  readonly trails: RunTrails;
}

/** A node the learner can stop at: conditions resolve on their own and notes are never part of a run. */
export type StopNode = Extract<
  ScenarioNode,
  { kind: "scene" | "decision" | "reflection" | "ending" }
>;

/** Everything about a run except where it stands. */
export type RunDraft = Omit<RunState, "status" | "nodeId">;

export function moodValue(
  index: ScenarioIndex,
  vars: Readonly<Record<string, VariableValue>>,
): number | undefined {
  const gauge = index.scenario.mood;
  if (!gauge) return undefined;
  const value = vars[gauge.variable];
  return typeof value === "number" ? value : undefined;
}

function nodeOrThrow(index: ScenarioIndex, id: string, via: string): ScenarioNode {
  const node = index.nodes.get(id);
  if (!node) throw new EngineError("unknown-node", `${via} leads to "${id}", which does not exist`);
  return node;
}

function targetOrThrow(index: ScenarioIndex, nodeId: string, port: string): string {
  const target = index.targets.get(nodeId)?.get(port);
  if (target === undefined)
    throw new EngineError("unknown-node", `port "${port}" of "${nodeId}" is not connected`);
  return target;
}

/**
 * Resolves condition nodes from `nodeId` (itself included) to the node the learner
 * stops at. Conditions do not change variables, so meeting a condition twice
 * in one resolution means the chain loops forever.
 */
export function resolveStop(
  index: ScenarioIndex,
  nodeId: string,
  vars: Readonly<Record<string, VariableValue>>,
  via: string,
): StopNode {
  let node = nodeOrThrow(index, nodeId, via);
  let hops = 0;
  while (node.kind === "condition") {
    if (++hops > index.conditionCount)
      throw new EngineError(
        "loop-limit",
        `conditions loop without reaching a scene, decision, reflection or ending (at "${node.id}")`,
      );
    const rule = node.rules.find((r) => evaluateCondition(r.when, vars));
    const port = rule ? rule.id : ELSE_PORT;
    node = nodeOrThrow(index, targetOrThrow(index, node.id, port), `"${node.id}"`);
  }
  if (node.kind === "note")
    throw new EngineError("unknown-node", `${via} leads to the note "${node.id}"`);
  return node;
}

/** The stop node behind a port of `nodeId`. */
export function followPort(
  index: ScenarioIndex,
  nodeId: string,
  port: string,
  vars: Readonly<Record<string, VariableValue>>,
): StopNode {
  return resolveStop(
    index,
    targetOrThrow(index, nodeId, port),
    vars,
    `port "${port}" of "${nodeId}"`,
  );
}

/** The step being left gets its time and the mood it was left with. */
export function leaveStep(
  index: ScenarioIndex,
  path: readonly PathStep[],
  vars: Readonly<Record<string, VariableValue>>,
  ms: number,
  extra?: Partial<PathStep>,
): PathStep[] {
  const next = path.slice();
  const last = next[next.length - 1]!;
  const step: PathStep = { ...last, ...extra };
  step.ms = (last.ms ?? 0) + ms;
  const mood = moodValue(index, vars);
  if (mood !== undefined) step.moodAfter = mood;
  next[next.length - 1] = step;
  return next;
}

/**
 * Arrives at a stop node: applies a scene's effects, appends the path step, and
 * for a decision records the checkpoint that retry and rewind return to.
 */
export function enterNode(
  ctx: EngineContext,
  draft: RunDraft,
  trail: Trail,
  node: StopNode,
): RunState {
  const moodBefore = moodValue(ctx.index, draft.vars);
  const step: PathStep = { nodeId: node.id, kind: node.kind, difficulty: draft.difficulty };
  if (moodBefore !== undefined) step.moodBefore = moodBefore;
  let vars = draft.vars;
  if (node.kind === "scene" && node.effects.length > 0)
    vars = applyEffects(node.effects, vars, ctx.index.variables);
  const path = [...draft.path, step];
  const status = node.kind === "ending" ? "ended" : node.kind;
  const state: RunState = { ...draft, vars, path, status, nodeId: node.id };
  let nextTrail = trail;
  if (node.kind === "decision") {
    nextTrail = {
      ...trail,
      checkpoints: {
        pathIndex: path.length - 1,
        snapshot: {
          vars,
          scores: draft.scores,
          difficulty: draft.difficulty,
          reflections: draft.reflections,
          weakStreak: trail.weakStreak,
          strongStreak: trail.strongStreak,
        },
        previous: trail.checkpoints,
      },
    };
  }
  return ctx.trails.remember(state, nextTrail);
}
