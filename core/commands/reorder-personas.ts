import type * as Y from "yjs";
import { PERSONAS, reorderDefinitions } from "./definition-lists";

export function reorderPersonas(
  doc: Y.Doc,
  args: { ids: readonly string[] },
  origin?: unknown,
): void {
  reorderDefinitions(doc, PERSONAS, "reorderPersonas", args.ids, origin);
}
