import type * as Y from "yjs";
import { OPTION_LIST, reorderListItems } from "./node-list-items";

export interface ReorderOptionsArgs {
  nodeId: string;
  /** Every option id of the decision, once, in the new order. */
  optionIds: readonly string[];
}

/** Puts a decision's options in a new order, rewriting only the order numbers of options that moved. */
export function reorderOptions(doc: Y.Doc, args: ReorderOptionsArgs, origin?: unknown): void {
  reorderListItems(
    doc,
    OPTION_LIST,
    "reorderOptions",
    { nodeId: args.nodeId, ids: args.optionIds },
    origin,
  );
}
