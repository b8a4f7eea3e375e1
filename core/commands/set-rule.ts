import type * as Y from "yjs";
import type { z } from "zod";
import type { ConditionRuleSchema } from "../schema/nodes";
import { RULE_LIST, setListItem } from "./node-list-items";

export interface SetRuleArgs {
  nodeId: string;
  ruleId: string;
  data: Partial<Omit<z.input<typeof ConditionRuleSchema>, "id">>;
}

/** Sets a rule's label or condition. */
export function setRule(doc: Y.Doc, args: SetRuleArgs, origin?: unknown): void {
  setListItem(
    doc,
    RULE_LIST,
    "setRule",
    { nodeId: args.nodeId, itemId: args.ruleId, data: args.data },
    origin,
  );
}
