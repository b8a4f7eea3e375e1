import { IdSchema } from "../../core";
import type { DocumentRef } from "../storage/document-store";

const COMMENTS_SUFFIX = ".comments";

/**
 * `/collab/<scenarioId>` is the scenario; `/collab/<scenarioId>.comments` its
 * comments. Scenario ids never end in `.comments` (the server assigns them).
 */
export function parseRoomName(name: string): DocumentRef | null {
  const kind = name.endsWith(COMMENTS_SUFFIX) ? "comments" : "scenario";
  const scenarioId = kind === "comments" ? name.slice(0, -COMMENTS_SUFFIX.length) : name;
  if (!IdSchema.safeParse(scenarioId).success || scenarioId.endsWith(COMMENTS_SUFFIX)) return null;
  return { scenarioId, kind };
}

export const isReservedScenarioId = (id: string): boolean => id.endsWith(COMMENTS_SUFFIX);
