import type { Difficulty } from "../schema/nodes";
import type { VariableValue } from "../schema/variables";
import type { ReflectionAnswer, RunState } from "./types";

/** What a decision looked like when it was shown: the state a retry or rewind returns to. */
export interface Snapshot {
  readonly vars: Readonly<Record<string, VariableValue>>;
  readonly scores: Readonly<Record<string, number>>;
  readonly difficulty: Difficulty;
  readonly reflections: readonly ReflectionAnswer[];
  readonly weakStreak: number;
  readonly strongStreak: number;
}

/** Decisions reached so far, newest first; shared between states, never copied. */
export interface Checkpoint {
  readonly pathIndex: number;
  readonly snapshot: Snapshot;
  readonly previous: Checkpoint | null;
}

/**
 * Engine bookkeeping derived from the log but not part of the public state:
 * the streaks that drive adaptive difficulty and the checkpoints for retry and
 * rewind. It lives beside the state (see RunTrails) so RunState stays plain
 * data that survives JSON or structured cloning.
 */
export interface Trail {
  readonly weakStreak: number;
  readonly strongStreak: number;
  readonly checkpoints: Checkpoint | null;
}

export const EMPTY_TRAIL: Trail = { weakStreak: 0, strongStreak: 0, checkpoints: null };

export function findCheckpoint(trail: Trail, pathIndex: number): Checkpoint | null {
  for (let c = trail.checkpoints; c; c = c.previous) {
    if (c.pathIndex === pathIndex) return c;
    if (c.pathIndex < pathIndex) return null;
  }
  return null;
}

/**
 * Trails of the states this engine produced. A state it did not produce (a
 * clone, or one read back from storage) has none, and the engine rebuilds it by
 * replaying its log: the trail is a cache, the log is the truth.
 */
export class RunTrails {
  readonly #trails = new WeakMap<RunState, Trail>();

  get(state: RunState): Trail | undefined {
    return this.#trails.get(state);
  }

  remember(state: RunState, trail: Trail): RunState {
    this.#trails.set(state, trail);
    return state;
  }
}
