import type * as Y from "yjs";
import type { z } from "zod";
import type { ConditionRuleSchema } from "../schema/nodes";
import { addListItem, RULE_LIST } from "./node-list-items";

export interface AddRuleArgs {
  nodeId: string;
  /** Fields of the new rule; by default an empty `all` condition (which always holds). */
  rule?: Partial<z.input<typeof ConditionRuleSchema>>;
  /** Position among the rules (default: last, just before `else`). */
  index?: number;
}

/** Adds a rule (and so a port) to a condition node. At most 20 rules. */
export function addRule(doc: Y.Doc, args: AddRuleArgs, origin?: unknown): { ruleId: string } {
  const ruleId = addListItem(
    doc,
    RULE_LIST,
    "addRule",
    { nodeId: args.nodeId, index: args.index, item: args.rule },
    origin,
  );
  return { ruleId };
}
