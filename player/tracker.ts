import type { DebriefRecord, Quality, ReflectionAnswer } from "../core";

/**
 * How the player reports a run to the outside world: nothing (no-op), the
 * studio's preview (local), or an LMS/LRS (SCORM 1.2, SCORM 2004, xAPI, cmi5,
 * added by the exporters). The player calls these in order:
 * start, then step/choice/reflection as the run goes, suspend at sensible
 * points, end at an ending, terminate when the page goes away or the learner
 * closes the run. Trackers never throw into the player: failures are theirs to
 * queue, retry or report.
 */
export interface Tracker {
  /** Returns a run saved by an earlier `suspend`, or null to start fresh. */
  start(info: TrackerStartInfo): Promise<TrackerStartResult>;
  /** A new view was shown: `location` is the node id, `progress` 0..1 an estimate of how far along the run is. */
  step(info: { nodeId: string; kind: string; location: string; progress: number }): void;
  /** A decision was answered, by a choice or by running out of time. */
  choice(info: TrackerChoice): void;
  reflection(answer: ReflectionAnswer & { prompt: string }): void;
  /** The learner reached an ending. Called once per ending reached (again after a retry from an ending). */
  end(record: DebriefRecord): void;
  /** Saves the run so it can resume: `state` is the engine's serialized run. */
  suspend(state: string, location: string): void;
  /** The run is over or the page is going away: flush and close the session. */
  terminate(): Promise<void>;
}

export interface TrackerStartInfo {
  scenarioId: string;
  title: string;
  language: string;
}

export interface TrackerStartResult {
  /** A serialized run to resume, or null. */
  resume: string | null;
  /** Shown in the player's header when the LMS gives it. */
  learnerName?: string;
}

export interface TrackerChoice {
  nodeId: string;
  /** Plain text of the decision's prompt, for LMS interaction descriptions. */
  prompt: string;
  /** null when the timer ran out. */
  optionId: string | null;
  optionText: string | null;
  /** Every visible option at the time, in the order shown (ids and texts). */
  choices: readonly { id: string; text: string }[];
  timedOut: boolean;
  quality: Quality;
  /** Milliseconds from the options being shown to the answer. */
  ms: number;
  /** Points this answer earned per rubric dimension. */
  points: Readonly<Record<string, number>>;
  skillsPractised: readonly string[];
  skillsMissed: readonly string[];
  /** The mood gauge's value after the answer, if the scenario has one. */
  mood: number | null;
  /** 0-based count of decisions answered so far in this run, this one included minus one. */
  index: number;
}

/**
 * How a built bundle makes its tracker. Every `player/trackers/<kind>.ts`
 * exports `createTracker` of this type; the build wires it in by file name.
 * `options` is the `tracker` object of the page's config: parsed JSON the
 * tracker must check itself.
 */
export type TrackerFactory = (options: Readonly<Record<string, unknown>>) => Tracker;
