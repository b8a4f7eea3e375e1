import type * as Y from "yjs";
import type { Position } from "../schema/nodes";
import { copyFragment } from "./copy-fragment";
import { type PasteResult, pasteFragment } from "./paste-fragment";

export interface DuplicateNodesArgs {
  ids: readonly string[];
  /** Where the copies go relative to the originals (default 40, 40). */
  offset?: Position;
}

/** Copies nodes in place: new ids for nodes, options and rules, edges among them copied, positions offset. */
export function duplicateNodes(
  doc: Y.Doc,
  args: DuplicateNodesArgs,
  origin?: unknown,
): PasteResult {
  const payload = copyFragment(doc, { ids: args.ids });
  return pasteFragment(doc, { payload, offset: args.offset ?? { x: 40, y: 40 } }, origin);
}
