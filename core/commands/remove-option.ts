import type * as Y from "yjs";
import { OPTION_LIST, removeListItem } from "./node-list-items";

export interface RemoveOptionArgs {
  nodeId: string;
  optionId: string;
}

/** Removes an option and the edge leaving its port. Returns the removed edge ids. */
export function removeOption(
  doc: Y.Doc,
  args: RemoveOptionArgs,
  origin?: unknown,
): { edgeIds: string[] } {
  const edgeIds = removeListItem(
    doc,
    OPTION_LIST,
    "removeOption",
    { nodeId: args.nodeId, itemId: args.optionId },
    origin,
  );
  return { edgeIds };
}
