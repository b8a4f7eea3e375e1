import type * as Y from "yjs";
import type { PassingRule } from "../schema/scenario";
import { PassingRuleSchema, RubricSchema } from "../schema/scenario";
import { RUBRIC_SPEC } from "../ydoc/entities/entity-specs";
import { docMap } from "../ydoc/layout";
import { patchEntityMap } from "./patch-entity-map";
import { checkPatchKeys } from "./validate-args";

/** Changes the rubric's passing rule (mode, threshold, required outcome). */
export function setRubricPassing(doc: Y.Doc, patch: Partial<PassingRule>, origin?: unknown): void {
  checkPatchKeys(
    "setRubricPassing",
    patch ?? {},
    Object.keys(PassingRuleSchema.shape),
    "the passing rule",
  );
  patchEntityMap(
    doc,
    "setRubricPassing",
    docMap(doc, "rubric"),
    RUBRIC_SPEC,
    RubricSchema,
    { passing: patch },
    (current, p) => ({
      ...current,
      passing: { ...(current.passing as object), ...(p.passing as object) },
    }),
    origin,
  );
}
