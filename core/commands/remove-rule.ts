import type * as Y from "yjs";
import { RULE_LIST, removeListItem } from "./node-list-items";

export interface RemoveRuleArgs {
  nodeId: string;
  ruleId: string;
}

/** Removes a rule and the edge leaving its port. Returns the removed edge ids. */
export function removeRule(
  doc: Y.Doc,
  args: RemoveRuleArgs,
  origin?: unknown,
): { edgeIds: string[] } {
  const edgeIds = removeListItem(
    doc,
    RULE_LIST,
    "removeRule",
    { nodeId: args.nodeId, itemId: args.ruleId },
    origin,
  );
  return { edgeIds };
}
