import type { Scenario } from "../schema/scenario";
import { continueRun, reflectRun, startRun } from "./advance-run";
import { answerDecision } from "./answer-decision";
import { buildDebrief } from "./build-debrief";
import { buildView } from "./build-view";
import { normalizeMs } from "./check-input";
import type { EngineContext } from "./enter-node";
import { canRetryNow, lastAnswered, rewindTo } from "./rewind-run";
import { type DecodedEvent, decodeRun, encodeRun } from "./run-codec";
import { RunTrails, type Trail } from "./run-trail";
import { buildScenarioIndex } from "./scenario-index";
import { type Engine, EngineError, type RunEvent, type RunState, type StartOptions } from "./types";
import { isOptionShown } from "./visible-options";

/**
 * Far above any real run (a long one saves to a few hundred characters) and
 * above SCORM 2004's 64,000-character suspend_data, low enough to bound the
 * replay work a hostile string can ask for.
 */
const MAX_SAVED_LENGTH = 100_000;

function asBadState(error: unknown, what: string): EngineError {
  if (error instanceof EngineError && error.code === "bad-state") return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new EngineError("bad-state", `${what}: ${reason}`);
}

/**
 * A player engine for one scenario. Lookups are built once here; every action
 * is a pure function of the state it is given (plus the caller-reported ms).
 */
export function createEngine(scenario: Scenario): Engine {
  const index = buildScenarioIndex(scenario);
  const ctx: EngineContext = { index, trails: new RunTrails() };
  const { settings } = scenario;

  /**
   * The state with its trail. A state this engine did not produce is rebuilt
   * from its start options and log, and must agree with what it claims.
   */
  function own(state: RunState): [RunState, Trail] {
    const trail = ctx.trails.get(state);
    if (trail) return [state, trail];
    if (state === null || typeof state !== "object" || !Array.isArray(state.log))
      throw new EngineError("bad-state", "this is not a run state");
    let rebuilt: RunState;
    try {
      rebuilt = replay(state.start, state.log);
    } catch (error) {
      throw asBadState(error, "the run does not replay on this scenario");
    }
    if (
      rebuilt.status !== state.status ||
      rebuilt.nodeId !== state.nodeId ||
      rebuilt.path.length !== state.path?.length ||
      rebuilt.retries !== state.retries
    )
      throw new EngineError("bad-state", "the run does not match its own log");
    return [rebuilt, ctx.trails.get(rebuilt)!];
  }

  function replay(start: StartOptions, log: readonly (RunEvent | DecodedEvent)[]): RunState {
    let state = startRun(ctx, start);
    for (const event of log) state = applyEvent(state, event);
    return state;
  }

  function applyEvent(state: RunState, event: RunEvent | DecodedEvent): RunState {
    switch (event?.t) {
      case "continue":
        return engine.continue(state, event.ms);
      case "choose": {
        if ("option" in event) return engine.choose(state, event.option, event.ms);
        const node = index.nodes.get(state.nodeId);
        const option =
          state.status === "decision" && node?.kind === "decision"
            ? node.options[event.optionIndex]
            : undefined;
        if (!option) throw new EngineError("bad-state", "a saved choice does not fit the decision");
        return engine.choose(state, option.id, event.ms);
      }
      case "timeout":
        return engine.timeout(state, event.ms);
      case "retry":
        return engine.retry(state);
      case "reflect":
        return engine.reflect(state, event.value, event.ms);
      case "rewind":
        return engine.rewind(state, event.step);
      default:
        throw new EngineError("bad-state", "unknown event in the log");
    }
  }

  function decisionOf(state: RunState, action: string) {
    const node = index.nodes.get(state.nodeId);
    if (state.status !== "decision" || node?.kind !== "decision")
      throw new EngineError("wrong-status", `${action} applies to a decision, not ${state.status}`);
    return node;
  }

  const engine: Engine = {
    start(options) {
      return startRun(ctx, options);
    },

    view(input) {
      const [state, trail] = own(input);
      return buildView(index, state, trail, canRetryNow(settings, state));
    },

    continue(input, ms) {
      const [state, trail] = own(input);
      return continueRun(ctx, state, trail, normalizeMs(ms));
    },

    choose(input, optionId, ms) {
      const [state, trail] = own(input);
      const node = decisionOf(state, "choose");
      const option = node.options.find((o) => o.id === optionId);
      if (!option)
        throw new EngineError("unknown-option", `"${node.id}" has no option "${String(optionId)}"`);
      if (!isOptionShown(option, state.difficulty, state.vars, settings))
        throw new EngineError("option-hidden", `option "${optionId}" is not shown right now`);
      return answerDecision(ctx, state, trail, node, option, normalizeMs(ms));
    },

    timeout(input, ms) {
      const [state, trail] = own(input);
      const node = decisionOf(state, "timeout");
      if (!node.timer) throw new EngineError("no-timer", `"${node.id}" has no timer`);
      return answerDecision(ctx, state, trail, node, null, normalizeMs(ms));
    },

    canRetry(input) {
      const [state] = own(input);
      return canRetryNow(settings, state);
    },

    retry(input) {
      const [state, trail] = own(input);
      if (state.status !== "feedback" && state.status !== "ended")
        throw new EngineError(
          "wrong-status",
          `retry applies to feedback or an ending, not ${state.status}`,
        );
      const last = lastAnswered(state.path);
      if (last < 0) throw new EngineError("retry-not-allowed", "there is no choice to retry");
      return rewindTo(ctx, state, trail, last, { t: "retry" });
    },

    reflect(input, value, ms) {
      const [state, trail] = own(input);
      return reflectRun(ctx, state, trail, value, normalizeMs(ms));
    },

    rewind(input, pathIndex) {
      const [state, trail] = own(input);
      if (!Number.isInteger(pathIndex) || pathIndex < 0)
        throw new EngineError("bad-step", `step ${String(pathIndex)} is not a step of this run`);
      return rewindTo(ctx, state, trail, pathIndex, { t: "rewind", step: pathIndex });
    },

    debrief(input) {
      const [state] = own(input);
      return buildDebrief(index, state);
    },

    serialize(input) {
      const [state] = own(input);
      return encodeRun(index, state);
    },

    restore(saved) {
      try {
        if (typeof saved !== "string" || saved.length > MAX_SAVED_LENGTH)
          throw new EngineError("bad-state", "a saved run is a string of reasonable length");
        const decoded = decodeRun(index, saved);
        if (decoded.fingerprint !== index.fingerprint)
          throw new EngineError("bad-state", "the saved run belongs to a different scenario");
        const state = replay(decoded.start, decoded.events);
        if (encodeRun(index, state) !== saved)
          throw new EngineError("bad-state", "the saved run is not in its canonical form");
        return state;
      } catch (error) {
        throw asBadState(error, "the saved run cannot be restored");
      }
    },
  };
  return engine;
}
