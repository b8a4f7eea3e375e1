import { createEngine, type RunState, type Scenario } from "../../core";

export interface LongestRun {
  /** Characters of the engine's serialized run at its longest explored point. */
  suspendLength: number;
  /** Distinct runs explored to the end (or to the depth limit). */
  explored: number;
  /** True when the budget stopped the search before every branch was tried. */
  truncated: boolean;
}

/** Long enough to be honest about what a learner may type, short of the schema's maximum. */
const SAMPLE_TEXT_ANSWER = "x".repeat(200);
/** A slow learner: ten minutes on a step makes every recorded time a 6-digit base-36 number. */
const SLOW_MS = 600_000;

/**
 * Plays the scenario through the real engine along every branch it can reach
 * (each option of each decision, timeouts, a text answer of 200 characters to
 * each free-text reflection) within a budget, and measures the engine's own
 * `serialize` at every step. That is exactly what a tracker would store as
 * suspend data, so the estimate needs no model of the format.
 */
export function longestRun(scenario: Scenario, budget = 5000, maxSteps = 400): LongestRun {
  const result: LongestRun = { suspendLength: 0, explored: 0, truncated: false };
  if (!scenario.settings.startNodeId) return result;
  const engine = createEngine(scenario);
  let visited = 0;
  const stack: { state: RunState; depth: number }[] = [];
  try {
    stack.push({ state: engine.start(), depth: 0 });
  } catch {
    return result;
  }
  while (stack.length > 0) {
    if (visited++ >= budget) {
      result.truncated = true;
      break;
    }
    const { state, depth } = stack.pop()!;
    const next = state.status === "ended" || depth >= maxSteps ? [] : successors(engine, state);
    // The saved run only grows along a path, so its longest form is at a path's last state.
    if (next.length > 0) {
      for (const n of next) stack.push({ state: n, depth: depth + 1 });
      continue;
    }
    result.explored++;
    if (depth >= maxSteps) result.truncated = true;
    try {
      result.suspendLength = Math.max(result.suspendLength, engine.serialize(state).length);
    } catch {
      // a state the engine cannot save is not a run a learner could leave
    }
  }
  return result;
}

function successors(engine: ReturnType<typeof createEngine>, state: RunState): RunState[] {
  const out: RunState[] = [];
  const attempt = (fn: () => RunState) => {
    try {
      out.push(fn());
    } catch {
      // a move the engine refuses is not a branch
    }
  };
  const view = engine.view(state);
  switch (view.kind) {
    case "scene":
    case "feedback":
      attempt(() => engine.continue(state, SLOW_MS));
      break;
    case "decision":
      for (const option of view.options) attempt(() => engine.choose(state, option.id, SLOW_MS));
      if (view.timer) attempt(() => engine.timeout(state, SLOW_MS));
      break;
    case "reflection":
      attempt(() =>
        engine.reflect(
          state,
          view.reflectionKind === "text" ? SAMPLE_TEXT_ANSWER : Math.max(1, view.scale.length),
          SLOW_MS,
        ),
      );
      break;
    case "ending":
      break;
  }
  return out;
}
