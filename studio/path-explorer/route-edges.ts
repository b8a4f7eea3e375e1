import {
  ELSE_PORT,
  NEXT_PORT,
  type PathStep,
  type Scenario,
  type ScenarioNode,
  TIMEOUT_PORT,
} from "../../core";

/** The edge a port follows, as the engine picks it: the first edge from that port in file order. */
export interface FollowedEdge {
  id: string;
  target: string;
}

/** Lookups for drawing a route on the canvas: nodes by id and each port's followed edge. */
export interface RouteIndex {
  nodes: ReadonlyMap<string, ScenarioNode>;
  ports: ReadonlyMap<string, ReadonlyMap<string, FollowedEdge>>;
}

/** A route as the canvas draws it: the nodes passed (conditions included) and the edges taken. */
export interface Route {
  nodeIds: string[];
  edgeIds: string[];
}

export function routeIndexOf(scenario: Pick<Scenario, "nodes" | "edges">): RouteIndex {
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  const ports = new Map<string, Map<string, FollowedEdge>>();
  for (const edge of scenario.edges) {
    let bySource = ports.get(edge.source);
    if (!bySource) {
      bySource = new Map();
      ports.set(edge.source, bySource);
    }
    if (!bySource.has(edge.sourcePort))
      bySource.set(edge.sourcePort, { id: edge.id, target: edge.target });
  }
  return { nodes, ports };
}

function conditionPorts(node: ScenarioNode): string[] {
  return node.kind === "condition" ? [...node.rules.map((r) => r.id), ELSE_PORT] : [];
}

/**
 * The edges from `from`'s port to `to`, passing through condition nodes if
 * need be (the engine resolves those on its own, so a run's path skips them).
 * Breadth first, so the shortest chain of conditions is drawn when several
 * lead to the same place. Null when the port does not lead there.
 */
function hop(ix: RouteIndex, from: string, port: string, to: string): Route | null {
  const first = ix.ports.get(from)?.get(port);
  if (!first) return null;
  if (first.target === to) return { nodeIds: [], edgeIds: [first.id] };
  type Visit = { node: string; edges: string[]; nodes: string[] };
  const queue: Visit[] = [{ node: first.target, edges: [first.id], nodes: [first.target] }];
  const seen = new Set([first.target]);
  for (let head = 0; head < queue.length; head++) {
    const visit = queue[head]!;
    const node = ix.nodes.get(visit.node);
    if (node?.kind !== "condition") continue;
    for (const p of conditionPorts(node)) {
      const edge = ix.ports.get(node.id)?.get(p);
      if (!edge) continue;
      if (edge.target === to) return { nodeIds: visit.nodes, edgeIds: [...visit.edges, edge.id] };
      if (seen.has(edge.target)) continue;
      seen.add(edge.target);
      queue.push({
        node: edge.target,
        edges: [...visit.edges, edge.id],
        nodes: [...visit.nodes, edge.target],
      });
    }
  }
  return null;
}

/** The port a path step left by, or null for an ending or a step not yet left. */
function portOfStep(step: PathStep): string | null {
  switch (step.kind) {
    case "scene":
    case "reflection":
      return NEXT_PORT;
    case "decision":
      if (step.optionId !== undefined) return step.optionId;
      return step.timedOut ? TIMEOUT_PORT : null;
    default:
      return null;
  }
}

/**
 * The route of a run so far: the steps that still count (retried and rewound
 * attempts are left out) and the edges between them. A step that does not
 * connect to the next (the scenario changed since) simply breaks the line.
 */
export function routeOfRun(ix: RouteIndex, path: readonly PathStep[]): Route {
  const steps = path.filter((s) => !s.undone);
  const nodeIds: string[] = [];
  const edgeIds: string[] = [];
  steps.forEach((step, i) => {
    nodeIds.push(step.nodeId);
    const next = steps[i + 1];
    if (!next) return;
    const port = portOfStep(step);
    if (port === null) return;
    const between = hop(ix, step.nodeId, port, next.nodeId);
    if (!between) return;
    nodeIds.push(...between.nodeIds);
    edgeIds.push(...between.edgeIds);
  });
  return { nodeIds, edgeIds };
}

/**
 * The edges of an explored path (core's explorePaths): its node list already
 * names every node passed, conditions included; choices say which option of
 * each decision was taken, so two options leading to the same node are told apart.
 */
export function edgesOfExploredPath(
  ix: RouteIndex,
  nodeIds: readonly string[],
  choices: readonly string[],
): string[] {
  const edges: string[] = [];
  let choice = 0;
  for (let i = 0; i + 1 < nodeIds.length; i++) {
    const node = ix.nodes.get(nodeIds[i]!);
    const to = nodeIds[i + 1]!;
    let port: string | undefined;
    if (!node) break;
    if (node.kind === "decision") port = choices[choice++];
    else if (node.kind === "condition")
      port = conditionPorts(node).find((p) => ix.ports.get(node.id)?.get(p)?.target === to);
    else port = NEXT_PORT;
    const edge = port === undefined ? undefined : ix.ports.get(node.id)?.get(port);
    if (edge && edge.target === to) edges.push(edge.id);
  }
  return edges;
}
