import type { Settings } from "../schema/scenario";
import { type EngineContext, enterNode, type RunDraft } from "./enter-node";
import { findCheckpoint, type Trail } from "./run-trail";
import { EngineError, type PathStep, type RunEvent, type RunState } from "./types";

export function retriesLeft(settings: Settings, retries: number): boolean {
  const { policy, maxRetries } = settings.retry;
  if (policy === "none") return false;
  return policy === "unlimited" || retries < maxRetries;
}

function isAnsweredDecision(step: PathStep): boolean {
  return (
    step.kind === "decision" && !step.undone && (step.optionId !== undefined || !!step.timedOut)
  );
}

/** The path index of the last decision answered and not undone, or -1. */
export function lastAnswered(path: readonly PathStep[]): number {
  for (let i = path.length - 1; i >= 0; i--) if (isAnsweredDecision(path[i]!)) return i;
  return -1;
}

/** Retry is offered while a choice's feedback shows, and at an ending. */
export function canRetryNow(settings: Settings, state: RunState): boolean {
  if (state.status !== "feedback" && state.status !== "ended") return false;
  return retriesLeft(settings, state.retries) && lastAnswered(state.path) >= 0;
}

/**
 * Returns to the decision at `pathIndex` with the variables, scores, level,
 * reflections and streaks it had when it was shown. Later steps stay in the path,
 * marked undone, and the decision is entered afresh, so the record shows both
 * the abandoned attempt and the retry.
 */
export function rewindTo(
  ctx: EngineContext,
  state: RunState,
  trail: Trail,
  pathIndex: number,
  event: RunEvent,
): RunState {
  const step = state.path[pathIndex];
  if (!step || !isAnsweredDecision(step))
    throw new EngineError(
      "bad-step",
      `step ${pathIndex} is not an answered decision of this run that can be returned to`,
    );
  if (!retriesLeft(ctx.index.scenario.settings, state.retries))
    throw new EngineError("retry-not-allowed", "no retries are left in this run");
  const checkpoint = findCheckpoint(trail, pathIndex);
  const node = ctx.index.nodes.get(step.nodeId);
  if (!checkpoint || node?.kind !== "decision")
    throw new EngineError("bad-step", `step ${pathIndex} cannot be returned to`);
  const { snapshot } = checkpoint;
  const path = state.path.map((s, i) => (i >= pathIndex && !s.undone ? { ...s, undone: true } : s));
  const { status: _status, nodeId: _nodeId, ...rest } = state;
  const draft: RunDraft = {
    ...rest,
    vars: snapshot.vars,
    scores: snapshot.scores,
    difficulty: snapshot.difficulty,
    reflections: snapshot.reflections,
    path,
    retries: state.retries + 1,
    levelChange: null,
    log: [...state.log, event],
  };
  const restored: Trail = {
    weakStreak: snapshot.weakStreak,
    strongStreak: snapshot.strongStreak,
    checkpoints: checkpoint.previous,
  };
  return enterNode(ctx, draft, restored, node);
}
