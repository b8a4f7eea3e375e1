import * as Y from "yjs";
import { docMap, MoodGaugeSchema, type Scenario } from "../../core";
import type { ViewContext } from "./node-view";

/**
 * The few scenario-wide values the canvas needs before it reads any node:
 * persona names, the mood gauge and the start node. Read (never written)
 * through core's document layout and checked with core's schema, so the
 * first nodes can be drawn without reading the whole scenario.
 */
export function readViewContext(doc: Y.Doc): { context: ViewContext; startNodeId: string | null } {
  const personaNames = new Map<string, string>();
  for (const [id, persona] of docMap(doc, "personas").entries()) {
    const name = persona instanceof Y.Map ? persona.get("name") : undefined;
    if (typeof name === "string") personaNames.set(id, name);
  }
  const moodMap = docMap(doc, "mood");
  const mood = moodMap.size > 0 ? MoodGaugeSchema.safeParse(moodMap.toJSON()) : null;
  const start = docMap(doc, "settings").get("startNodeId");
  return {
    context: { personaNames, mood: mood?.success ? mood.data : null },
    startNodeId: typeof start === "string" ? start : null,
  };
}

/** The same values from a scenario read whole. */
export function contextOf(scenario: Scenario): ViewContext {
  return {
    personaNames: new Map(scenario.personas.map((p) => [p.id, p.name])),
    mood: scenario.mood,
  };
}
