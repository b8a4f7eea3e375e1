import * as Y from "yjs";
import type { NodeKind, ScenarioNode } from "../schema/nodes";
import { docMap, type YMap } from "../ydoc/layout";
import { readNode } from "../ydoc/ydoc-to-scenario";
import { CommandError } from "./command-error";

/** The node's Y.Map and its validated data, or a CommandError naming the missing id or wrong kind. */
export function requireNode<K extends NodeKind>(
  doc: Y.Doc,
  command: string,
  id: unknown,
  kinds?: readonly K[],
): { map: YMap; node: Extract<ScenarioNode, { kind: K }> } {
  if (typeof id !== "string") throw new CommandError(command, "a node id is required");
  const map = docMap(doc, "nodes").get(id);
  const node = map instanceof Y.Map ? readNode(doc, id) : null;
  if (!node || !(map instanceof Y.Map)) throw new CommandError(command, `unknown node "${id}"`);
  if (kinds && !kinds.includes(node.kind as K)) {
    throw new CommandError(
      command,
      `node "${id}" is a ${node.kind}; this needs a ${kinds.join(" or ")} node`,
    );
  }
  return { map, node: node as Extract<ScenarioNode, { kind: K }> };
}
