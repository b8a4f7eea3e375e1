import { createEngine, type Engine, EngineError, type RunState, type Scenario } from "../core";

export interface LongestRunOptions {
  /** Milliseconds reported for every step: the larger, the longer each saved number. */
  ms?: number;
  /** The answer given to free-text reflections. */
  text?: string;
  /** States expanded before giving up (then `complete` is false). */
  budget?: number;
  /** Events per run at most, which bounds loops. */
  maxEvents?: number;
}

export interface LongestRun {
  /** Characters of the longest saved run that reaches an ending, without retries. */
  chars: number;
  events: number;
  endingId: string;
  saved: string;
  /** The same run with every retry the policy allows spent rewinding to its first decision and replaying it. */
  withRetries: { chars: number; retries: number } | null;
  expanded: number;
  /** Every run was explored (no budget or length cap was hit). */
  complete: boolean;
}

/** A 200-character reflection, the length of a thoughtful answer. */
export const SAMPLE_TEXT_ANSWER =
  "I jumped to the policy before showing I understood why she was upset. Next time I will name the impact first, " +
  "ask one question to check what she needs, and then give a clear next step with a time.";

function successors(engine: Engine, s: RunState, ms: number, text: string): RunState[] {
  const view = engine.view(s);
  const out: RunState[] = [];
  const attempt = (act: () => RunState) => {
    try {
      out.push(act());
    } catch (error) {
      // A dead end in a half-built graph ends that branch; anything else is a bug.
      if (!(error instanceof EngineError) || error.code === "bad-state") throw error;
    }
  };
  if (view.kind === "scene" || view.kind === "feedback") attempt(() => engine.continue(s, ms));
  else if (view.kind === "decision") {
    for (const option of view.options) attempt(() => engine.choose(s, option.id, ms));
    if (view.timer) attempt(() => engine.timeout(s, ms));
  } else if (view.kind === "reflection")
    attempt(() => engine.reflect(s, view.reflectionKind === "text" ? text : view.scale.length, ms));
  return out;
}

/** What decides the rest of a run: where it is, the level, the variables and the recent qualities. */
function futureKey(s: RunState): string {
  const qualities = s.path
    .filter((p) => p.kind === "decision" && p.quality)
    .slice(-20)
    .map((p) => p.quality![0])
    .join("");
  return `${s.status}|${s.nodeId}|${s.difficulty}|${JSON.stringify(s.vars)}|${qualities}`;
}

/**
 * The longest saved form of any run without retries, by depth-first search.
 * A state reached again with a saved form no longer than before is pruned:
 * everything after it would be the same.
 */
export function longestSavedRun(scenario: Scenario, options: LongestRunOptions = {}): LongestRun {
  const ms = options.ms ?? 45_000;
  const text = options.text ?? SAMPLE_TEXT_ANSWER;
  const budget = options.budget ?? 300_000;
  const maxEvents = options.maxEvents ?? 400;
  const engine = createEngine(scenario);
  const best = new Map<string, number>();
  let longest: RunState | null = null;
  let longestChars = -1;
  let expanded = 0;
  let complete = true;
  const stack: RunState[] = [engine.start()];
  while (stack.length > 0) {
    const s = stack.pop()!;
    const chars = engine.serialize(s).length;
    if (s.status === "ended") {
      if (chars > longestChars) {
        longest = s;
        longestChars = chars;
      }
      continue;
    }
    const key = futureKey(s);
    if ((best.get(key) ?? -1) >= chars) continue;
    best.set(key, chars);
    if (++expanded > budget || s.log.length >= maxEvents) {
      complete = false;
      continue;
    }
    stack.push(...successors(engine, s, ms, text));
  }
  if (!longest)
    return { chars: 0, events: 0, endingId: "", saved: "", withRetries: null, expanded, complete };
  return {
    chars: longestChars,
    events: longest.log.length,
    endingId: longest.nodeId,
    saved: engine.serialize(longest),
    withRetries: withRetriesSpent(engine, scenario, longest),
    expanded,
    complete,
  };
}

/** Replays `run` after rewinding to its first decision as often as the retry policy allows. */
function withRetriesSpent(
  engine: Engine,
  scenario: Scenario,
  run: RunState,
): { chars: number; retries: number } | null {
  const { policy, maxRetries } = scenario.settings.retry;
  if (policy === "none") return null;
  const retries = policy === "limited" ? maxRetries : 3;
  const first = run.path.findIndex((p) => p.kind === "decision");
  if (first < 0) return null;
  // The events from the first choice on, replayed after each rewind.
  let replayFrom = 0;
  for (let s = engine.start(), i = 0; i < run.log.length; i++) {
    if (s.status === "decision" && s.path.length - 1 === first) {
      replayFrom = i;
      break;
    }
    s = applyLogged(engine, s, run.log[i]!);
  }
  let s = run;
  for (let r = 0; r < retries; r++) {
    const at = s.path.findIndex((p, i) => i >= first && p.kind === "decision" && !p.undone);
    s = engine.rewind(s, at);
    for (const event of run.log.slice(replayFrom)) s = applyLogged(engine, s, event);
  }
  return { chars: engine.serialize(s).length, retries };
}

function applyLogged(engine: Engine, s: RunState, event: RunState["log"][number]): RunState {
  switch (event.t) {
    case "continue":
      return engine.continue(s, event.ms);
    case "choose":
      return engine.choose(s, event.option, event.ms);
    case "timeout":
      return engine.timeout(s, event.ms);
    case "reflect":
      return engine.reflect(s, event.value, event.ms);
    case "retry":
      return engine.retry(s);
    case "rewind":
      return engine.rewind(s, event.step);
  }
}
