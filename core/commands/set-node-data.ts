import type * as Y from "yjs";
import type { z } from "zod";
import { resolveSchema } from "../file/schema-shape";
import { NodeSchema } from "../schema/nodes";
import { NODE_SPECS } from "../ydoc/entities/entity-specs";
import { updateEntityField } from "../ydoc/entities/write-entity";
import { CommandError } from "./command-error";
import { FIXED_NODE_FIELDS, type NodeData } from "./node-data";
import { pruneDanglingPorts } from "./node-edges";
import { requireNode } from "./require-node";
import { checkPatchKeys, validateArgs } from "./validate-args";

export interface SetNodeDataArgs {
  id: string;
  /** Any fields of the node's kind except id, kind and position. Rich text is rewritten inside its existing fragment. */
  data: NodeData;
}

/**
 * Sets some fields of a node, checked against the node's kind. Only fields that
 * actually change are written. Edges from ports the node no longer has
 * (removed options or rules, a removed timer) go with them.
 */
export function setNodeData(doc: Y.Doc, args: SetNodeDataArgs, origin?: unknown): void {
  const { map, node } = requireNode(doc, "setNodeData", args.id);
  if (!args.data || typeof args.data !== "object")
    throw new CommandError("setNodeData", "data must be an object");
  const shape = (resolveSchema(NodeSchema, node) as z.ZodObject).shape;
  const allowed = Object.keys(shape).filter(
    (k) => !(FIXED_NODE_FIELDS as readonly string[]).includes(k),
  );
  checkPatchKeys("setNodeData", args.data, allowed, `a ${node.kind} node`);
  const next = validateArgs(
    "setNodeData",
    NodeSchema,
    { ...node, ...args.data },
    `${node.kind} node`,
  );
  const spec = NODE_SPECS[next.kind];
  const values = next as unknown as Record<string, unknown>;
  doc.transact(() => {
    for (const key of Object.keys(args.data)) updateEntityField(map, spec, key, values[key]);
    pruneDanglingPorts(doc, next);
  }, origin);
}
