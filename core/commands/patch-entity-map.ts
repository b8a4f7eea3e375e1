import type * as Y from "yjs";
import type { z } from "zod";
import type { EntitySpec } from "../ydoc/entities/entity-specs";
import { quietContext, readEntity } from "../ydoc/entities/read-entity";
import { updateEntityField } from "../ydoc/entities/write-entity";
import type { YMap } from "../ydoc/layout";
import { repairToSchema } from "../ydoc/repair/repair-to-schema";
import { CommandError } from "./command-error";
import { validateArgs } from "./validate-args";

type Obj = Record<string, unknown>;

/**
 * Applies a patch to one of the scenario's singleton maps (meta, settings,
 * rubric): read what is there (repaired, so one broken field elsewhere does not
 * block the edit), merge, validate the whole, write only the patched fields.
 */
export function patchEntityMap<T extends Obj>(
  doc: Y.Doc,
  command: string,
  map: YMap,
  spec: EntitySpec,
  schema: z.ZodType<T>,
  patch: Obj,
  merge: (current: Obj, patch: Obj) => Obj,
  origin: unknown,
): T {
  if (!patch || typeof patch !== "object")
    throw new CommandError(command, "expected an object of fields");
  const current =
    repairToSchema(readEntity(map, spec, null, quietContext()), schema, () => {}) ?? {};
  const next = validateArgs(command, schema, merge(current, patch), "value");
  doc.transact(() => {
    for (const key of Object.keys(patch)) updateEntityField(map, spec, key, next[key]);
  }, origin);
  return next;
}
