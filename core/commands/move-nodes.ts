import type * as Y from "yjs";
import type { Position } from "../schema/nodes";
import { PositionSchema } from "../schema/nodes";
import { docMap } from "../ydoc/layout";
import { writePositions } from "../ydoc/positions";
import { CommandError } from "./command-error";
import { validateArgs } from "./validate-args";

export interface MoveNodesArgs {
  moves: readonly { id: string; position: Position }[];
}

/**
 * Sets many node positions in one transaction. Call it when a drag ends, not
 * on every frame: each call appends one entry per moved node.
 */
export function moveNodes(doc: Y.Doc, args: MoveNodesArgs, origin?: unknown): void {
  const nodes = docMap(doc, "nodes");
  const positions = new Map<string, Position>();
  for (const move of args.moves) {
    if (!nodes.has(move.id)) throw new CommandError("moveNodes", `unknown node "${move.id}"`);
    positions.set(move.id, validateArgs("moveNodes", PositionSchema, move.position, "position"));
  }
  if (positions.size === 0) return;
  doc.transact(() => writePositions(doc, positions), origin);
}
