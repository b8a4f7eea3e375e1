import type * as Y from "yjs";
import type { z } from "zod";
import type { OptionSchema } from "../schema/nodes";
import { addListItem, OPTION_LIST } from "./node-list-items";

export interface AddOptionArgs {
  nodeId: string;
  /** Fields of the new option; missing ones get defaults, a missing id a fresh one. */
  option?: Partial<z.input<typeof OptionSchema>>;
  /** Position among the options (default: last). */
  index?: number;
}

/** Adds an option (and so a port) to a decision. At most 12 options. */
export function addOption(doc: Y.Doc, args: AddOptionArgs, origin?: unknown): { optionId: string } {
  const optionId = addListItem(
    doc,
    OPTION_LIST,
    "addOption",
    { nodeId: args.nodeId, index: args.index, item: args.option },
    origin,
  );
  return { optionId };
}
