import type { DebriefRecord, ReflectionAnswer } from "../../core";
import type { Tracker, TrackerChoice, TrackerFactory, TrackerStartInfo } from "../tracker";

export type LocalTrackerEvent =
  | { type: "start"; info: TrackerStartInfo }
  | { type: "step"; nodeId: string; kind: string; location: string; progress: number }
  | { type: "choice"; choice: TrackerChoice }
  | { type: "reflection"; answer: ReflectionAnswer & { prompt: string } }
  | { type: "end"; record: DebriefRecord }
  | { type: "suspend"; state: string; location: string }
  | { type: "terminate" };

export interface LocalTrackerOptions {
  /** Called after each event with the event and everything recorded so far. */
  onEvent?: (event: LocalTrackerEvent, events: readonly LocalTrackerEvent[]) => void;
  /** A serialized run to hand back from `start`, to preview a resume. */
  resume?: string | null;
  /** Keep the suspended run in localStorage under this key, so a reload resumes. */
  storageKey?: string | null;
  learnerName?: string;
}

export interface LocalTracker extends Tracker {
  readonly events: readonly LocalTrackerEvent[];
  /** The last state passed to `suspend`, or null. */
  readonly suspended: string | null;
  clear(): void;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Sandboxed frames and some privacy modes throw on access.
    return null;
  }
}

/** Keeps every event in memory and hands each to a callback: the studio's preview uses it. */
export function createLocalTracker(options: LocalTrackerOptions = {}): LocalTracker {
  const events: LocalTrackerEvent[] = [];
  let suspended: string | null = null;
  const record = (event: LocalTrackerEvent) => {
    events.push(event);
    try {
      options.onEvent?.(event, events);
    } catch {
      // A failing listener is the host's problem; the run goes on.
    }
  };
  const key = options.storageKey ?? null;
  return {
    events,
    get suspended() {
      return suspended;
    },
    clear() {
      events.length = 0;
    },
    async start(info) {
      record({ type: "start", info });
      let resume = options.resume ?? null;
      if (resume === null && key) resume = storage()?.getItem(key) ?? null;
      return options.learnerName ? { resume, learnerName: options.learnerName } : { resume };
    },
    step: (info) => record({ type: "step", ...info }),
    choice: (choice) => record({ type: "choice", choice }),
    reflection: (answer) => record({ type: "reflection", answer }),
    end: (recordOfRun) => record({ type: "end", record: recordOfRun }),
    suspend(state, location) {
      suspended = state;
      if (key) {
        try {
          storage()?.setItem(key, state);
        } catch {
          // Quota or privacy mode: resuming after a reload is lost, nothing else.
        }
      }
      record({ type: "suspend", state, location });
    },
    async terminate() {
      record({ type: "terminate" });
    },
  };
}

/** The bundle's entry: options come from the page's config as JSON. */
export const createTracker: TrackerFactory = (options) =>
  createLocalTracker({
    resume: typeof options.resume === "string" ? options.resume : null,
    storageKey: typeof options.storageKey === "string" ? options.storageKey : null,
    ...(typeof options.learnerName === "string" ? { learnerName: options.learnerName } : {}),
  });
