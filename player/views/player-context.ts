import type { Engine, Scenario, ScenarioNode } from "../../core";
import type { Clock } from "../clock";
import type { Messages } from "../messages";

/** What the learner can do; each call moves the run on and re-renders. */
export interface PlayerActions {
  continue(): void;
  choose(optionId: string): void;
  timeout(): void;
  retry(): void;
  reflect(value: number | string): void;
  rewind(pathIndex: number): void;
}

/** Shared by every view of one mounted player. */
export interface PlayerContext {
  readonly scenario: Scenario;
  readonly engine: Engine;
  readonly nodes: ReadonlyMap<string, ScenarioNode>;
  readonly clock: Clock;
  readonly text: Messages;
  readonly assetUrl: (assetId: string) => string | null;
  readonly act: PlayerActions;
  /** Polite screen-reader announcement. */
  announce(message: string): void;
}

/** A view in the stage below the conversation. */
export interface Panel {
  readonly element: HTMLElement;
  /** Where focus goes when the panel appears. */
  readonly focus: HTMLElement | null;
  /** Number keys 1-9: returns true when the key did something. */
  pick?(n: number): boolean;
  dispose?(): void;
}
