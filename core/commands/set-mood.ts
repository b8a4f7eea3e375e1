import type * as Y from "yjs";
import type { z } from "zod";
import { MoodGaugeSchema } from "../schema/variables";
import { MOOD_SPEC } from "../ydoc/entities/entity-specs";
import { updateEntity } from "../ydoc/entities/write-entity";
import { docMap } from "../ydoc/layout";
import { CommandError } from "./command-error";
import { validateArgs } from "./validate-args";

/** Designates a number variable as the customer's mood with its bands, or removes the gauge (null). */
export function setMood(
  doc: Y.Doc,
  gauge: z.input<typeof MoodGaugeSchema> | null,
  origin?: unknown,
): void {
  const mood = docMap(doc, "mood");
  if (gauge === null) {
    if (mood.size === 0) return;
    doc.transact(() => {
      for (const key of [...mood.keys()]) mood.delete(key);
    }, origin);
    return;
  }
  const next = validateArgs("setMood", MoodGaugeSchema, gauge, "mood gauge");
  const variable = docMap(doc, "variables").get(next.variable);
  if (!variable) throw new CommandError("setMood", `unknown variable "${next.variable}"`);
  if (variable.get("type") !== "number") {
    throw new CommandError("setMood", `"${next.variable}" is not a number variable`);
  }
  doc.transact(() => updateEntity(mood, MOOD_SPEC, next, true), origin);
}
