import type * as Y from "yjs";
import type { z } from "zod";
import { MetaSchema } from "../schema/scenario";
import { META_SPEC } from "../ydoc/entities/entity-specs";
import { docMap } from "../ydoc/layout";
import { patchEntityMap } from "./patch-entity-map";
import { checkPatchKeys } from "./validate-args";

export type MetaPatch = Partial<z.input<typeof MetaSchema>>;

/** Sets title, summary, language, authors, tags, source (or the scenario id). */
export function setMeta(doc: Y.Doc, patch: MetaPatch, origin?: unknown): void {
  checkPatchKeys("setMeta", patch ?? {}, Object.keys(MetaSchema.shape), "the scenario's meta");
  patchEntityMap(
    doc,
    "setMeta",
    docMap(doc, "meta"),
    META_SPEC,
    MetaSchema,
    patch,
    (c, p) => ({ ...c, ...p }),
    origin,
  );
}
