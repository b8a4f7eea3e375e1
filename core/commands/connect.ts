import type * as Y from "yjs";
import { IdSchema } from "../schema/ids";
import { portsOf } from "../schema/nodes";
import { docMap, type EdgeValue } from "../ydoc/layout";
import { CommandError } from "./command-error";
import { createId } from "./create-id";
import { listEdges } from "./node-edges";
import { requireNode } from "./require-node";
import { validateArgs } from "./validate-args";

export interface ConnectArgs {
  source: string;
  /** `next`, an option id, a rule id, `else` or `timeout`, depending on the source's kind. */
  sourcePort: string;
  target: string;
  id?: string;
}

/**
 * Connects a port to a node. A port leads to one place only, so an edge already
 * leaving that port is replaced. Notes take no part in the flow.
 */
export function connect(
  doc: Y.Doc,
  args: ConnectArgs,
  origin?: unknown,
): { edgeId: string; replaced: string[] } {
  const { node: source } = requireNode(doc, "connect", args.source);
  const { node: target } = requireNode(doc, "connect", args.target);
  if (source.kind === "note" || target.kind === "note") {
    throw new CommandError("connect", "notes cannot be connected");
  }
  const ports = portsOf(source);
  if (!ports.includes(args.sourcePort)) {
    throw new CommandError(
      "connect",
      `node "${source.id}" has no port "${args.sourcePort}"${ports.length ? ` (its ports: ${ports.join(", ")})` : ""}`,
    );
  }
  const edges = docMap(doc, "edges");
  if (args.id !== undefined) {
    validateArgs("connect", IdSchema, args.id, "id");
    if (edges.has(args.id))
      throw new CommandError("connect", `an edge "${args.id}" already exists`);
  }
  const existing = listEdges(doc).filter(
    (e) => e.source === source.id && e.sourcePort === args.sourcePort,
  );
  const same = existing.length === 1 && existing[0]!.target === target.id && args.id === undefined;
  if (same) return { edgeId: existing[0]!.id, replaced: [] };
  const edgeId = args.id ?? createId("edge", (c) => edges.has(c));
  doc.transact(() => {
    for (const e of existing) edges.delete(e.id);
    edges.set(edgeId, {
      source: source.id,
      sourcePort: args.sourcePort,
      target: target.id,
    } satisfies EdgeValue);
  }, origin);
  return { edgeId, replaced: existing.map((e) => e.id) };
}
