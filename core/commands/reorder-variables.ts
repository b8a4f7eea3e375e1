import type * as Y from "yjs";
import { reorderDefinitions, VARIABLES } from "./definition-lists";

export function reorderVariables(
  doc: Y.Doc,
  args: { names: readonly string[] },
  origin?: unknown,
): void {
  reorderDefinitions(doc, VARIABLES, "reorderVariables", args.names, origin);
}
