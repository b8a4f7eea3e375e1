import * as Y from "yjs";
import { z } from "zod";
import { type Edge, EdgeSchema, NodeSchema } from "../schema/nodes";
import { MoodGaugeSchema } from "../schema/variables";
import { docMap } from "./layout";
import { loadOrder } from "./load-order";
import { readPositions } from "./positions";
import { readNodes } from "./ydoc-to-scenario";

/** Scenarios up to this size are read whole when opened: their first view shows all of them. */
export const READ_WHOLE_LIMIT = 200;

/**
 * What the canvas shows when a scenario opens, without the live document: the
 * nodes of the opening view (all of them for a small scenario), the edges
 * between them, and the few scenario-wide values their drawing needs. The
 * server sends it while the document itself is still travelling, so the
 * canvas can be drawn (read-only) before the whole document is decoded.
 */
export const FirstViewSchema = z.object({
  title: z.string(),
  startNodeId: z.string().nullable(),
  /** How many nodes the scenario has in all. */
  nodeCount: z.number().int().nonnegative(),
  personas: z.array(z.object({ id: z.string(), name: z.string() })),
  mood: MoodGaugeSchema.nullable(),
  nodes: z.array(NodeSchema),
  edges: z.array(EdgeSchema),
});
export type FirstView = z.infer<typeof FirstViewSchema>;

/** Persona names, mood gauge and start node: read (never written) straight from the document. */
export function readViewBasics(doc: Y.Doc): Pick<FirstView, "startNodeId" | "personas" | "mood"> {
  const personas: FirstView["personas"] = [];
  for (const [id, persona] of docMap(doc, "personas").entries()) {
    const name = persona instanceof Y.Map ? persona.get("name") : undefined;
    if (typeof name === "string") personas.push({ id, name });
  }
  const moodMap = docMap(doc, "mood");
  const mood = moodMap.size > 0 ? MoodGaugeSchema.safeParse(moodMap.toJSON()) : null;
  const start = docMap(doc, "settings").get("startNodeId");
  return {
    startNodeId: typeof start === "string" ? start : null,
    personas,
    mood: mood?.success ? mood.data : null,
  };
}

/** Which node ids to read first when opening (those on screen), and which after. */
export function openingOrder(
  doc: Y.Doc,
  startNodeId: string | null,
): { first: string[]; rest: string[] } {
  const ids = [...docMap(doc, "nodes").keys()];
  if (ids.length <= READ_WHOLE_LIMIT) return { first: ids, rest: [] };
  return loadOrder(ids, readPositions(doc), startNodeId);
}

/** The opening view of a live document (see FirstViewSchema). */
export function readFirstView(doc: Y.Doc): FirstView {
  const basics = readViewBasics(doc);
  const title = docMap(doc, "meta").get("title");
  const { first, rest } = openingOrder(doc, basics.startNodeId);
  const nodes = readNodes(doc, first);
  const shown = new Set(nodes.map((n) => n.id));
  const edges: Edge[] = [];
  for (const [id, value] of docMap(doc, "edges").entries()) {
    const ends = value as Partial<Edge> | null;
    if (!shown.has(ends?.source ?? "") || !shown.has(ends?.target ?? "")) continue;
    const edge = EdgeSchema.safeParse({ ...ends, id });
    if (edge.success) edges.push(edge.data);
  }
  return {
    title: typeof title === "string" ? title : "",
    ...basics,
    nodeCount: first.length + rest.length,
    nodes,
    edges,
  };
}
