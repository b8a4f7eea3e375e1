import type * as Y from "yjs";
import { docMap } from "../ydoc/layout";
import { CommandError } from "./command-error";
import { requireNode } from "./require-node";

export interface SetStartNodeArgs {
  /** The node learners start at, or null for none. */
  nodeId: string | null;
}

export function setStartNode(doc: Y.Doc, args: SetStartNodeArgs, origin?: unknown): void {
  if (args.nodeId !== null) {
    const { node } = requireNode(doc, "setStartNode", args.nodeId);
    if (node.kind === "note")
      throw new CommandError("setStartNode", "a note cannot be the start node");
  }
  const settings = docMap(doc, "settings");
  if (settings.get("startNodeId") === args.nodeId) return;
  doc.transact(() => settings.set("startNodeId", args.nodeId), origin);
}
