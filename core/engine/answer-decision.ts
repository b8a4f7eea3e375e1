import { applyEffects } from "../model/apply-effects";
import { type DecisionNode, type Option, TIMEOUT_PORT } from "../schema/nodes";
import { adaptDifficulty } from "./adapt-difficulty";
import { type EngineContext, enterNode, followPort, leaveStep, type RunDraft } from "./enter-node";
import type { Trail } from "./run-trail";
import type { RunEvent, RunState } from "./types";

function addPoints(
  scores: Readonly<Record<string, number>>,
  points: Readonly<Record<string, number>>,
  dimensions: ReadonlyMap<string, unknown>,
): Readonly<Record<string, number>> {
  let next: Record<string, number> | null = null;
  for (const [dimension, value] of Object.entries(points)) {
    // Points for a dimension the rubric no longer has are an analysis finding, not a score.
    if (!dimensions.has(dimension) || value === 0) continue;
    next ??= { ...scores };
    next[dimension] = (next[dimension] ?? 0) + value;
  }
  return next ?? scores;
}

/**
 * Answers the decision on screen with an option, or with the timer running out
 * (`option` null): applies effects and points, extends the streaks that drive
 * adaptive difficulty, then shows feedback or, in end-feedback mode, moves on.
 * The way on is resolved before anything is returned, so an unconnected port
 * fails here and leaves the caller's state as it was.
 */
export function answerDecision(
  ctx: EngineContext,
  state: RunState,
  trail: Trail,
  node: DecisionNode,
  option: Option | null,
  ms: number,
): RunState {
  const { index } = ctx;
  const effects = option ? option.effects : (node.timer?.effects ?? []);
  const vars = effects.length > 0 ? applyEffects(effects, state.vars, index.variables) : state.vars;
  const scores = option ? addPoints(state.scores, option.points, index.dimensions) : state.scores;
  const quality = option ? option.quality : "weak";
  const adapted = adaptDifficulty(
    index.scenario.settings.difficulty,
    {
      difficulty: state.difficulty,
      weakStreak: trail.weakStreak,
      strongStreak: trail.strongStreak,
    },
    quality,
  );
  const port = option ? option.id : TIMEOUT_PORT;
  const next = followPort(index, node.id, port, vars);
  const event: RunEvent = option ? { t: "choose", option: option.id, ms } : { t: "timeout", ms };
  const path = leaveStep(
    index,
    state.path,
    vars,
    ms,
    option ? { optionId: option.id, quality } : { timedOut: true, quality },
  );
  const { status: _status, nodeId: _nodeId, ...rest } = state;
  const draft: RunDraft = {
    ...rest,
    vars,
    scores,
    path,
    difficulty: adapted.difficulty,
    levelChange: adapted.levelChange,
    log: [...state.log, event],
  };
  const nextTrail: Trail = {
    ...trail,
    weakStreak: adapted.weakStreak,
    strongStreak: adapted.strongStreak,
  };
  if (index.scenario.settings.feedbackMode === "immediate") {
    return ctx.trails.remember({ ...draft, status: "feedback", nodeId: node.id }, nextTrail);
  }
  return enterNode(ctx, draft, nextTrail, next);
}
