import type {
  ContextCard,
  Difficulty,
  Media,
  Outcome,
  Quality,
  ReflectionKind,
} from "../schema/nodes";
import type { RichText } from "../schema/rich-text";
import type { Persona } from "../schema/scenario";
import type { MoodBand, VariableValue } from "../schema/variables";

/**
 * The player engine's public types. The engine is a pure state machine: every
 * action takes a RunState and returns a new one; time is passed in by the caller
 * (milliseconds spent), never read from a clock, so runs replay exactly.
 */

export interface StartOptions {
  /** Defaults to the scenario's initial difficulty. */
  difficulty?: Difficulty;
  /** Seeds option shuffling; the same seed gives the same run. Defaults to 1. */
  seed?: number;
  /** Preview from any node. Defaults to the scenario's start node. */
  startNodeId?: string;
  /** Preview with variables set by hand; unknown names and wrong types are refused. */
  variables?: Readonly<Record<string, VariableValue>>;
}

export type RunStatus = "scene" | "decision" | "feedback" | "reflection" | "ended";

export interface MoodReading {
  value: number;
  band: MoodBand;
}

/** One entry of the path taken. Retried and rewound attempts stay in the path, marked, so the record is honest. */
export interface PathStep {
  nodeId: string;
  kind: "scene" | "decision" | "reflection" | "ending";
  difficulty: Difficulty;
  /** The option chosen, for decisions answered by a choice. */
  optionId?: string;
  timedOut?: boolean;
  quality?: Quality;
  /** Milliseconds the learner spent on this step, as reported by the caller. */
  ms?: number;
  /** The mood gauge's value when the step was reached and after it was left. */
  moodBefore?: number;
  moodAfter?: number;
  /** This attempt was undone by a retry or a rewind; it does not count towards scores. */
  undone?: boolean;
}

export interface ReflectionAnswer {
  nodeId: string;
  phase: "pre" | "mid" | "post";
  kind: ReflectionKind;
  /** 1-5 for confidence, a 1-based scale index for Likert, text for free text. */
  value: number | string;
  ms: number;
}

export interface LevelChange {
  from: Difficulty;
  to: Difficulty;
  reason: "eased-after-weak" | "raised-after-strong";
}

/** A compact record of what happened; `RunState` is derived from it by replay. */
export type RunEvent =
  | { t: "continue"; ms: number }
  | { t: "choose"; option: string; ms: number }
  | { t: "timeout"; ms: number }
  | { t: "retry" }
  | { t: "reflect"; value: number | string; ms: number }
  | { t: "rewind"; step: number };

export interface RunState {
  readonly status: RunStatus;
  /** The node on screen; during feedback, the decision just answered. */
  readonly nodeId: string;
  readonly difficulty: Difficulty;
  readonly seed: number;
  readonly vars: Readonly<Record<string, VariableValue>>;
  /** Points per rubric dimension id, counting only attempts that were not undone. */
  readonly scores: Readonly<Record<string, number>>;
  readonly path: readonly PathStep[];
  readonly reflections: readonly ReflectionAnswer[];
  readonly retries: number;
  /** Set by the action that changed the level, cleared by the next action. */
  readonly levelChange: LevelChange | null;
  readonly start: Required<Pick<StartOptions, "difficulty" | "seed">> &
    Omit<StartOptions, "difficulty" | "seed">;
  readonly log: readonly RunEvent[];
}

export interface VisibleOption {
  id: string;
  /** Text at the current difficulty. */
  text: string;
}

export type View =
  | {
      kind: "scene";
      nodeId: string;
      persona: Persona | null;
      text: RichText;
      contextCards: readonly ContextCard[];
      media: Media | null;
      mood: MoodReading | null;
    }
  | {
      kind: "decision";
      nodeId: string;
      prompt: RichText;
      options: readonly VisibleOption[];
      timer: { seconds: number } | null;
      mood: MoodReading | null;
    }
  | {
      kind: "feedback";
      nodeId: string;
      optionId: string | null;
      optionText: string | null;
      timedOut: boolean;
      quality: Quality;
      feedback: RichText;
      moodBefore: MoodReading | null;
      moodAfter: MoodReading | null;
      changes: readonly { variable: string; before: VariableValue; after: VariableValue }[];
      skillsPractised: readonly { id: string; label: string }[];
      skillsMissed: readonly { id: string; label: string }[];
      canRetry: boolean;
    }
  | {
      kind: "reflection";
      nodeId: string;
      phase: "pre" | "mid" | "post";
      reflectionKind: ReflectionKind;
      prompt: RichText;
      /** Labels of the scale, lowest first: five for confidence and Likert by default, empty for text. */
      scale: readonly string[];
    }
  | {
      kind: "ending";
      nodeId: string;
      outcome: Outcome;
      title: string;
      debrief: RichText;
      record: DebriefRecord;
    };

export interface DimensionScore {
  id: string;
  label: string;
  points: number;
  maxPoints: number;
  /** points / maxPoints clamped to 0..1. */
  ratio: number;
  weight: number;
}

export interface DebriefRecord {
  endingId: string;
  endingTitle: string;
  outcome: Outcome;
  path: readonly PathStep[];
  scores: readonly DimensionScore[];
  /** Weighted mean of the dimension ratios, 0..1. */
  scaled: number;
  /** null when the scenario has no passing rule. */
  passed: boolean | null;
  completion: "completed" | "incomplete";
  success: "passed" | "failed" | "unknown";
  skillsPractised: readonly { id: string; label: string; count: number }[];
  skillsMissed: readonly { id: string; label: string; count: number }[];
  counts: { strong: number; mixed: number; weak: number; timeouts: number };
  retries: number;
  reflections: readonly ReflectionAnswer[];
  /** Mean post confidence minus mean pre confidence; null without both. */
  confidenceShift: number | null;
  /** Sum of the milliseconds reported for every step. */
  durationMs: number;
  /** Feedback for every choice, for scenarios whose feedback mode is `end`. */
  feedback: readonly {
    nodeId: string;
    optionId: string | null;
    quality: Quality;
    feedback: RichText;
  }[];
}

export class EngineError extends Error {
  constructor(
    readonly code:
      | "no-start"
      | "unknown-node"
      | "wrong-status"
      | "unknown-option"
      | "option-hidden"
      | "no-timer"
      | "retry-not-allowed"
      | "bad-answer"
      | "bad-step"
      | "bad-variables"
      | "bad-state"
      | "loop-limit",
    message: string,
  ) {
    super(message);
    this.name = "EngineError";
  }
}

export interface Engine {
  start(options?: StartOptions): RunState;
  view(state: RunState): View;
  /**
   * Leaves a scene, or the feedback after a choice. `ms` (time spent reading) is
   * added to the step being left, so the debrief's duration includes reading time.
   */
  continue(state: RunState, ms?: number): RunState;
  choose(state: RunState, optionId: string, ms?: number): RunState;
  /** The decision's timer ran out: follows the timeout port. */
  timeout(state: RunState, ms?: number): RunState;
  canRetry(state: RunState): boolean;
  /** Undoes the last choice (during its feedback, or at an ending) and returns to that decision. */
  retry(state: RunState): RunState;
  reflect(state: RunState, value: number | string, ms?: number): RunState;
  /** Returns to the decision at `pathIndex` with the state it had then; counted as a retry. */
  rewind(state: RunState, pathIndex: number): RunState;
  debrief(state: RunState): DebriefRecord;
  /** A compact string (SCORM suspend_data safe: printable ASCII). */
  serialize(state: RunState): string;
  /** Rebuilds a state from `serialize`'s output by replay; throws EngineError("bad-state") if it does not fit this scenario. */
  restore(serialized: string): RunState;
}
