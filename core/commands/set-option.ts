import type * as Y from "yjs";
import type { z } from "zod";
import type { OptionSchema } from "../schema/nodes";
import { OPTION_LIST, setListItem } from "./node-list-items";

export interface SetOptionArgs {
  nodeId: string;
  optionId: string;
  /** Any option fields but its id; feedback is rewritten inside its existing fragment. */
  data: Partial<Omit<z.input<typeof OptionSchema>, "id">>;
}

/** Sets some fields of one option; only changed fields are written. */
export function setOption(doc: Y.Doc, args: SetOptionArgs, origin?: unknown): void {
  setListItem(
    doc,
    OPTION_LIST,
    "setOption",
    { nodeId: args.nodeId, itemId: args.optionId, data: args.data },
    origin,
  );
}
