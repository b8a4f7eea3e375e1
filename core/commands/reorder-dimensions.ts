import type * as Y from "yjs";
import { DIMENSIONS, reorderDefinitions } from "./definition-lists";

export function reorderDimensions(
  doc: Y.Doc,
  args: { ids: readonly string[] },
  origin?: unknown,
): void {
  reorderDefinitions(doc, DIMENSIONS, "reorderDimensions", args.ids, origin);
}
