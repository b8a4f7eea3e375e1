/// <reference lib="webworker" />
import ELK, { type ElkExtendedEdge, type ElkNode } from "elkjs/lib/elk.bundled.js";
import { type LayoutRequest, LayoutRequestSchema, type LayoutResponse } from "./layout-protocol";

/**
 * Runs elkjs's layered layout off the main thread. Ports are fixed in order
 * on the east side so option edges leave in the order the options are listed
 * and cross less.
 */
const elk = new ELK();
const scope = self as unknown as DedicatedWorkerGlobalScope;

const ROOT_OPTIONS = {
  "elk.algorithm": "layered",
  "elk.direction": "RIGHT",
  "elk.layered.spacing.nodeNodeBetweenLayers": "90",
  "elk.spacing.nodeNode": "40",
  "elk.spacing.componentComponent": "80",
  "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
  "elk.layered.cycleBreaking.strategy": "DEPTH_FIRST",
  "elk.separateConnectedComponents": "true",
};

function toElk(request: LayoutRequest): ElkNode {
  const children: ElkNode[] = request.nodes.map((node) => ({
    id: node.id,
    width: node.width,
    height: node.height,
    layoutOptions: { "elk.portConstraints": "FIXED_ORDER" },
    ports: [
      { id: `${node.id}::in`, layoutOptions: { "elk.port.side": "WEST", "elk.port.index": "0" } },
      ...node.ports.map((port, index) => ({
        id: `${node.id}::${port}`,
        layoutOptions: { "elk.port.side": "EAST", "elk.port.index": String(index + 1) },
      })),
    ],
  }));
  const known = new Set(request.nodes.map((n) => n.id));
  const portsOf = new Map(request.nodes.map((n) => [n.id, new Set(n.ports)]));
  const edges: ElkExtendedEdge[] = request.edges
    .filter((e) => known.has(e.source) && known.has(e.target))
    .map((e) => ({
      id: e.id,
      sources: [
        portsOf.get(e.source)!.has(e.sourcePort) ? `${e.source}::${e.sourcePort}` : e.source,
      ],
      targets: [`${e.target}::in`],
    }));
  return { id: "root", layoutOptions: ROOT_OPTIONS, children, edges };
}

scope.onmessage = async (event: MessageEvent) => {
  const parsed = LayoutRequestSchema.safeParse(event.data);
  if (!parsed.success) return;
  const started = performance.now();
  let response: LayoutResponse;
  try {
    const result = await elk.layout(toElk(parsed.data));
    const positions: Record<string, { x: number; y: number }> = {};
    for (const child of result.children ?? [])
      positions[child.id] = { x: child.x ?? 0, y: child.y ?? 0 };
    response = {
      requestId: parsed.data.requestId,
      ok: true,
      positions,
      ms: performance.now() - started,
    };
  } catch (err) {
    response = { requestId: parsed.data.requestId, ok: false, error: String(err) };
  }
  scope.postMessage(response);
};
