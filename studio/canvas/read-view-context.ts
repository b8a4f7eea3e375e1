import type * as Y from "yjs";
import { type FirstView, readViewBasics, type Scenario } from "../../core";
import type { ViewContext } from "./node-view";

/**
 * The few scenario-wide values the canvas needs before it reads any node:
 * persona names, the mood gauge and the start node. Read (never written)
 * through core's document layout and checked with core's schema, so the
 * first nodes can be drawn without reading the whole scenario.
 */
export function readViewContext(doc: Y.Doc): { context: ViewContext; startNodeId: string | null } {
  return viewContextOf(readViewBasics(doc));
}

/** The same values as the server sent them with a first view. */
export function viewContextOf(basics: Pick<FirstView, "startNodeId" | "personas" | "mood">): {
  context: ViewContext;
  startNodeId: string | null;
} {
  return {
    context: {
      personaNames: new Map(basics.personas.map((p) => [p.id, p.name])),
      mood: basics.mood,
    },
    startNodeId: basics.startNodeId,
  };
}

/** The same values from a scenario read whole. */
export function contextOf(scenario: Scenario): ViewContext {
  return {
    personaNames: new Map(scenario.personas.map((p) => [p.id, p.name])),
    mood: scenario.mood,
  };
}
