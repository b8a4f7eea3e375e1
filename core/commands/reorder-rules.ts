import type * as Y from "yjs";
import { RULE_LIST, reorderListItems } from "./node-list-items";

export interface ReorderRulesArgs {
  nodeId: string;
  /** Every rule id of the condition, once, in the new order (rules are tried in this order). */
  ruleIds: readonly string[];
}

/** Puts a condition's rules in a new order. */
export function reorderRules(doc: Y.Doc, args: ReorderRulesArgs, origin?: unknown): void {
  reorderListItems(
    doc,
    RULE_LIST,
    "reorderRules",
    { nodeId: args.nodeId, ids: args.ruleIds },
    origin,
  );
}
