import type { DecisionNode, Option, ScenarioNode } from "../schema/nodes";
import type { Dimension, Persona, Scenario } from "../schema/scenario";
import type { Variable } from "../schema/variables";

/**
 * Lookups the engine needs on every step, built once per engine so a step
 * never scans the scenario's arrays.
 */
export interface ScenarioIndex {
  readonly scenario: Scenario;
  readonly nodes: ReadonlyMap<string, ScenarioNode>;
  /** Outgoing targets by source node id, then port. */
  readonly targets: ReadonlyMap<string, ReadonlyMap<string, string>>;
  readonly variables: ReadonlyMap<string, Variable>;
  /** Option ids are unique scenario-wide: each maps to its decision and position there. */
  readonly options: ReadonlyMap<string, { decision: DecisionNode; option: Option; index: number }>;
  readonly skillLabels: ReadonlyMap<string, string>;
  readonly personas: ReadonlyMap<string, Persona>;
  readonly dimensions: ReadonlyMap<string, Dimension>;
  /** Node ids sorted by code unit, so a serialized run can name a node by position independent of file order. */
  readonly sortedNodeIds: readonly string[];
  readonly nodeOrdinals: ReadonlyMap<string, number>;
  /** Number of condition nodes: a chain of conditions longer than this must be looping. */
  readonly conditionCount: number;
  /** Cheap hash of the node ids and each decision's option order, in base 36. */
  readonly fingerprint: string;
}

export function buildScenarioIndex(scenario: Scenario): ScenarioIndex {
  const nodes = new Map<string, ScenarioNode>();
  const options = new Map<string, { decision: DecisionNode; option: Option; index: number }>();
  let conditionCount = 0;
  for (const node of scenario.nodes) {
    nodes.set(node.id, node);
    if (node.kind === "condition") conditionCount++;
    if (node.kind === "decision") {
      node.options.forEach((option, index) => {
        options.set(option.id, { decision: node, option, index });
      });
    }
  }

  const targets = new Map<string, Map<string, string>>();
  for (const edge of scenario.edges) {
    let ports = targets.get(edge.source);
    if (!ports) {
      ports = new Map();
      targets.set(edge.source, ports);
    }
    // Two edges from one port is an analysis finding; the first one wins, consistently.
    if (!ports.has(edge.sourcePort)) ports.set(edge.sourcePort, edge.target);
  }

  const sortedNodeIds = [...nodes.keys()].sort();
  const nodeOrdinals = new Map(sortedNodeIds.map((id, i) => [id, i]));

  return {
    scenario,
    nodes,
    targets,
    variables: new Map(scenario.variables.map((v) => [v.name, v])),
    options,
    skillLabels: new Map(scenario.skills.map((s) => [s.id, s.label])),
    personas: new Map(scenario.personas.map((p) => [p.id, p])),
    dimensions: new Map(scenario.rubric.dimensions.map((d) => [d.id, d])),
    sortedNodeIds,
    nodeOrdinals,
    conditionCount,
    fingerprint: fingerprintOf(sortedNodeIds, nodes),
  };
}

/**
 * FNV-1a over the sorted node ids and, for decisions, their option ids in order:
 * a serialized run names options by position, so reordering options must
 * change the fingerprint while reordering nodes in the file must not.
 */
function fingerprintOf(
  sortedIds: readonly string[],
  nodes: ReadonlyMap<string, ScenarioNode>,
): string {
  let hash = 0x811c9dc5;
  const feed = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x1f;
    hash = Math.imul(hash, 0x01000193);
  };
  for (const id of sortedIds) {
    feed(id);
    const node = nodes.get(id);
    if (node?.kind === "decision") for (const option of node.options) feed(`>${option.id}`);
  }
  return (hash >>> 0).toString(36);
}
