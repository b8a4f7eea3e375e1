import type * as Y from "yjs";
import type { z } from "zod";
import { TimerSchema } from "../schema/nodes";
import { emptyRichText } from "../schema/rich-text";
import { NODE_SPECS } from "../ydoc/entities/entity-specs";
import { updateEntityField } from "../ydoc/entities/write-entity";
import { pruneDanglingPorts } from "./node-edges";
import { requireNode } from "./require-node";
import { validateArgs } from "./validate-args";

export interface SetTimerArgs {
  nodeId: string;
  /** Fields to set on the decision's timer (created with 30 s if absent), or null to remove it and its timeout edge. */
  timer: Partial<z.input<typeof TimerSchema>> | null;
}

/** Adds, changes or removes a decision's time limit. */
export function setTimer(doc: Y.Doc, args: SetTimerArgs, origin?: unknown): void {
  const { map, node } = requireNode(doc, "setTimer", args.nodeId, ["decision"]);
  if (args.timer === null) {
    if (node.timer === null) return;
    doc.transact(() => {
      map.set("timer", null);
      pruneDanglingPorts(doc, { ...node, timer: null });
    }, origin);
    return;
  }
  const timer = validateArgs(
    "setTimer",
    TimerSchema,
    { seconds: 30, feedback: emptyRichText(), ...node.timer, ...args.timer },
    "timer",
  );
  doc.transact(() => updateEntityField(map, NODE_SPECS.decision, "timer", timer), origin);
}
