import * as Y from "yjs";
import type { Position, ScenarioNode } from "../schema/nodes";
import {
  DIMENSION_SPEC,
  NODE_SPECS,
  PERSONA_SPEC,
  SKILL_SPEC,
  VARIABLE_SPEC,
} from "../ydoc/entities/entity-specs";
import { createEntity } from "../ydoc/entities/write-entity";
import { docMap, type EdgeValue, type YMap } from "../ydoc/layout";
import { writePositions } from "../ydoc/positions";
import { type ClipboardPayload, ClipboardPayloadSchema } from "./clipboard-payload";
import { createId, NODE_ID_PREFIXES } from "./create-id";
import { insertKeyedItem } from "./keyed-item-edits";
import { validateArgs } from "./validate-args";

export interface PasteFragmentArgs {
  /** A clipboard payload from copyFragment, possibly from another scenario; validated here. */
  payload: unknown;
  /** Added to every position (default 0, 0). Ignored when `at` is given. */
  offset?: Position;
  /** Where the top-left corner of the pasted nodes goes. */
  at?: Position;
}

export interface PasteResult {
  /** Old node id -> new node id. */
  nodeIds: Record<string, string>;
  /** Old option or rule id -> new one (they are ports, so edges follow them). */
  portIds: Record<string, string>;
  edgeIds: string[];
  /** Definitions the payload brought that this scenario lacked. */
  added: { variables: string[]; personas: string[]; skills: string[]; dimensions: string[] };
}

function shiftFor(payload: ClipboardPayload, args: PasteFragmentArgs): Position {
  if (!args.at) return args.offset ?? { x: 0, y: 0 };
  const xs = payload.nodes.map((n) => n.position.x);
  const ys = payload.nodes.map((n) => n.position.y);
  return { x: args.at.x - Math.min(...xs), y: args.at.y - Math.min(...ys) };
}

function renumber(
  node: ScenarioNode,
  id: string,
  shift: Position,
  ports: Map<string, string>,
): ScenarioNode {
  const position = { x: node.position.x + shift.x, y: node.position.y + shift.y };
  const portId = (prefix: string, old: string) => {
    const fresh = createId(prefix);
    ports.set(old, fresh);
    return fresh;
  };
  if (node.kind === "decision") {
    const options = node.options.map((o) => ({ ...o, id: portId("opt", o.id) }));
    return { ...node, id, position, options };
  }
  if (node.kind === "condition") {
    const rules = node.rules.map((r) => ({ ...r, id: portId("rule", r.id) }));
    return { ...node, id, position, rules };
  }
  return { ...node, id, position };
}

function addMissing<T extends object>(
  list: YMap,
  items: readonly T[],
  key: keyof T,
  add: (item: T) => void,
) {
  const added: string[] = [];
  for (const item of items) {
    const k = String(item[key]);
    if (!list.has(k)) {
      add(item);
      added.push(k);
    }
  }
  return added;
}

/**
 * Pastes a clipboard payload: every node, option and rule gets a new id (so a
 * payload pastes any number of times), edges among the pasted nodes follow,
 * and referenced variables, personas, skills and dimensions this scenario
 * lacks are added. Existing definitions with the same name are kept as they are.
 */
export function pasteFragment(doc: Y.Doc, args: PasteFragmentArgs, origin?: unknown): PasteResult {
  const payload = validateArgs(
    "pasteFragment",
    ClipboardPayloadSchema,
    args.payload,
    "clipboard payload",
  );
  const nodesMap = docMap(doc, "nodes");
  const edgesMap = docMap(doc, "edges");
  const shift = shiftFor(payload, args);
  const nodeIds: Record<string, string> = {};
  const portsByNode = new Map<string, Map<string, string>>();
  const fresh: ScenarioNode[] = [];
  const used = new Set<string>();
  for (const node of payload.nodes) {
    const id = createId(NODE_ID_PREFIXES[node.kind], (c) => nodesMap.has(c) || used.has(c));
    used.add(id);
    nodeIds[node.id] = id;
    const ports = new Map<string, string>();
    portsByNode.set(node.id, ports);
    fresh.push(renumber(node, id, shift, ports));
  }
  const edges: [string, EdgeValue][] = [];
  for (const e of payload.edges) {
    const source = nodeIds[e.source];
    const target = nodeIds[e.target];
    if (!source || !target) continue;
    const sourcePort = portsByNode.get(e.source)?.get(e.sourcePort) ?? e.sourcePort;
    const id = createId("edge", (c) => edgesMap.has(c) || used.has(c));
    used.add(id);
    edges.push([id, { source, sourcePort, target }]);
  }
  const result: PasteResult = {
    nodeIds,
    portIds: Object.fromEntries([...portsByNode.values()].flatMap((m) => [...m])),
    edgeIds: edges.map(([id]) => id),
    added: { variables: [], personas: [], skills: [], dimensions: [] },
  };
  doc.transact(() => {
    const variables = docMap(doc, "variables");
    result.added.variables = addMissing(variables, payload.variables, "name", (v) =>
      insertKeyedItem(variables, VARIABLE_SPEC, v.name, v),
    );
    const personas = docMap(doc, "personas");
    result.added.personas = addMissing(personas, payload.personas, "id", (p) =>
      insertKeyedItem(personas, PERSONA_SPEC, p.id, p),
    );
    const skills = docMap(doc, "skills");
    result.added.skills = addMissing(skills, payload.skills, "id", (s) =>
      insertKeyedItem(skills, SKILL_SPEC, s.id, s),
    );
    const rubric = docMap(doc, "rubric");
    let dimensions = rubric.get("dimensions");
    if (!(dimensions instanceof Y.Map) && payload.dimensions.length) {
      dimensions = new Y.Map();
      rubric.set("dimensions", dimensions);
    }
    if (dimensions instanceof Y.Map) {
      const dims = dimensions as YMap;
      result.added.dimensions = addMissing(dims, payload.dimensions, "id", (d) =>
        insertKeyedItem(dims, DIMENSION_SPEC, d.id, d),
      );
    }
    for (const node of fresh) nodesMap.set(node.id, createEntity(NODE_SPECS[node.kind], node));
    for (const [id, value] of edges) edgesMap.set(id, value);
    writePositions(doc, new Map(fresh.map((n) => [n.id, n.position])));
  }, origin);
  return result;
}
