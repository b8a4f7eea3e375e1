import type * as Y from "yjs";
import { IdSchema } from "../schema/ids";
import type { NodeKind, Position } from "../schema/nodes";
import { NODE_KINDS, NodeSchema, PositionSchema } from "../schema/nodes";
import { NODE_SPECS } from "../ydoc/entities/entity-specs";
import { createEntity } from "../ydoc/entities/write-entity";
import { docMap } from "../ydoc/layout";
import { writePositions } from "../ydoc/positions";
import { CommandError } from "./command-error";
import { createId, NODE_ID_PREFIXES } from "./create-id";
import { defaultNodeData } from "./default-node-data";
import type { NodeData } from "./node-data";
import { validateArgs } from "./validate-args";

export interface AddNodeArgs<K extends NodeKind = NodeKind> {
  kind: K;
  position: Position;
  /** Fields to start with; the rest come from the kind's defaults (a decision gets two options). */
  data?: NodeData<K>;
  /** Use this id instead of a generated one; refused if taken. */
  id?: string;
}

/** Adds a node of any kind at a position. Returns its id. */
export function addNode<K extends NodeKind>(
  doc: Y.Doc,
  args: AddNodeArgs<K>,
  origin?: unknown,
): { nodeId: string } {
  if (!NODE_KINDS.includes(args.kind)) {
    throw new CommandError("addNode", `unknown node kind "${String(args.kind)}"`);
  }
  const nodes = docMap(doc, "nodes");
  const position = validateArgs("addNode", PositionSchema, args.position, "position");
  let id: string;
  if (args.id !== undefined) {
    id = validateArgs("addNode", IdSchema, args.id, "id");
    if (nodes.has(id)) throw new CommandError("addNode", `a node "${id}" already exists`);
  } else id = createId(NODE_ID_PREFIXES[args.kind], (c) => nodes.has(c));
  const node = validateArgs(
    "addNode",
    NodeSchema,
    { ...defaultNodeData(args.kind), ...args.data, id, kind: args.kind, position },
    `${args.kind} node`,
  );
  doc.transact(() => {
    nodes.set(id, createEntity(NODE_SPECS[node.kind], node));
    writePositions(doc, new Map([[id, node.position]]));
  }, origin);
  return { nodeId: id };
}
