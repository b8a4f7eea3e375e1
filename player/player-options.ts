import type { Difficulty, RunState, StartOptions, VariableValue, View } from "../core";
import type { Clock } from "./clock";
import type { Messages } from "./messages";
import type { Tracker } from "./tracker";

export interface PlayerOptions {
  /** Where the run is reported. Defaults to a tracker that reports nothing. */
  tracker?: Tracker;
  difficulty?: Difficulty;
  seed?: number;
  /** Preview from any node. */
  startNodeId?: string;
  /** Preview with variables set by hand. */
  variables?: Readonly<Record<string, VariableValue>>;
  /** Defaults to the real clock; tests and previews pass a manual one. */
  clock?: Clock;
  /** Called after every change of state, with the view now on screen. */
  onState?: (state: RunState, view: View) => void;
  /** Called when starting, resuming or an action fails (the player shows a message too). */
  onError?: (error: unknown) => void;
  /** URL of an asset by its id; exports map ids to bundled files. Without it media shows its description. */
  assetUrl?: (assetId: string) => string | null | undefined;
  /** Length of the "typing…" beat before a customer's line in ms (default 900; 0 skips it; reduced motion skips it). */
  typingMs?: number;
  /** Move focus into the player when it first shows (default true). */
  autoFocus?: boolean;
  /** Replacement for any of the player's own strings. */
  messages?: Partial<Messages>;
}

export interface PlayerHandle {
  /** Settles once the tracker has answered and the first view is on screen. */
  readonly ready: Promise<void>;
  /** The run, or null before it starts (or when it could not start). */
  getState(): RunState | null;
  getView(): View | null;
  /** The run in the engine's compact form, for saving. */
  serialize(): string | null;
  /** Starts a new run (preview from another node, with other variables or level). */
  restart(options?: StartOptions): void;
  /** Shows a given state, for example one picked in a path explorer. The engine checks it by replay. */
  setState(state: RunState): void;
  /** Saves the run through the tracker and closes the tracker's session; the view stays. */
  terminate(): Promise<void>;
  /** Terminates and removes the player from its element. */
  destroy(): void;
}
