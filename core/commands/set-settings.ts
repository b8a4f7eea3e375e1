import type * as Y from "yjs";
import type { z } from "zod";
import { SettingsSchema } from "../schema/scenario";
import { SETTINGS_SPEC } from "../ydoc/entities/entity-specs";
import { docMap } from "../ydoc/layout";
import { patchEntityMap } from "./patch-entity-map";
import { checkPatchKeys } from "./validate-args";

type SettingsInput = z.input<typeof SettingsSchema>;

/** Settings to change; `retry` and `difficulty` may be given in part. The start node is set with setStartNode. */
export interface SettingsPatch {
  feedbackMode?: SettingsInput["feedbackMode"];
  retry?: Partial<NonNullable<SettingsInput["retry"]>>;
  difficulty?: Partial<NonNullable<SettingsInput["difficulty"]>>;
  timerAdjustable?: boolean;
}

const NESTED = ["retry", "difficulty"] as const;

export function setSettings(doc: Y.Doc, patch: SettingsPatch, origin?: unknown): void {
  checkPatchKeys(
    "setSettings",
    patch ?? {},
    ["feedbackMode", "retry", "difficulty", "timerAdjustable"],
    "setSettings",
  );
  patchEntityMap(
    doc,
    "setSettings",
    docMap(doc, "settings"),
    SETTINGS_SPEC,
    SettingsSchema,
    patch as Record<string, unknown>,
    (current, p) => {
      const merged: Record<string, unknown> = { ...current, ...p };
      for (const key of NESTED) {
        if (p[key] !== undefined)
          merged[key] = { ...(current[key] as object), ...(p[key] as object) };
      }
      return merged;
    },
    origin,
  );
}
