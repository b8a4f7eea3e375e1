import type * as Y from "yjs";
import { type ClipboardPayload, commands, docMap, type NodeKind, type Position } from "../../core";

/**
 * Everything the canvas writes, each a single core command (one transaction)
 * tagged with this tab's origin so the undo manager tracks it.
 */
export class CanvasActions {
  constructor(
    private readonly doc: Y.Doc,
    private readonly origin: unknown,
  ) {}

  addNode(kind: NodeKind, position: Position): string {
    return commands.addNode(this.doc, { kind, position: rounded(position) }, this.origin).nodeId;
  }

  connect(source: string, sourcePort: string, target: string): void {
    commands.connect(this.doc, { source, sourcePort, target }, this.origin);
  }

  /** Deletes nodes (with their edges) and edges in one undo step. */
  remove(nodeIds: readonly string[], edgeIds: readonly string[]): void {
    this.doc.transact(() => {
      if (nodeIds.length > 0) commands.deleteNodes(this.doc, { ids: nodeIds }, this.origin);
      const gone = new Set(nodeIds);
      const remaining = edgeIds.filter((id) => !gone.has(id));
      if (remaining.length > 0) {
        const edges = docMap(this.doc, "edges");
        const existing = remaining.filter((id) => edges.has(id));
        if (existing.length > 0) commands.disconnect(this.doc, { edgeIds: existing }, this.origin);
      }
    }, this.origin);
  }

  moveNodes(positions: ReadonlyMap<string, Position>): void {
    const moves = [...positions].map(([id, position]) => ({ id, position: rounded(position) }));
    if (moves.length > 0) commands.moveNodes(this.doc, { moves }, this.origin);
  }

  duplicate(ids: readonly string[]): string[] {
    const result = commands.duplicateNodes(
      this.doc,
      { ids, offset: { x: 40, y: 40 } },
      this.origin,
    );
    return Object.values(result.nodeIds);
  }

  copy(ids: readonly string[]): ClipboardPayload {
    return commands.copyFragment(this.doc, { ids });
  }

  paste(payload: unknown, at: Position | null): string[] {
    const args = at ? { payload, at: rounded(at) } : { payload };
    return Object.values(commands.pasteFragment(this.doc, args, this.origin).nodeIds);
  }
}

/** Whole pixels: nobody needs sub-pixel positions, and shorter numbers encode smaller. */
function rounded(p: Position): Position {
  return { x: Math.round(p.x), y: Math.round(p.y) };
}
