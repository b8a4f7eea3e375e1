import * as Y from "yjs";
import { formatIssuePath } from "../file/describe-issue";
import type { NodeKind } from "../schema/nodes";
import { NODE_KINDS } from "../schema/nodes";
import { SCENARIO_FORMAT, SCENARIO_VERSION } from "../schema/scenario";
import {
  ASSET_SPEC,
  type EntitySpec,
  META_SPEC,
  MOOD_SPEC,
  NODE_SPECS,
  PERSONA_SPEC,
  RUBRIC_SPEC,
  SETTINGS_SPEC,
  SKILL_SPEC,
  VARIABLE_SPEC,
} from "./entities/entity-specs";
import { ReadContext, type ReadReporter, readEntity, readList } from "./entities/read-entity";
import { docMap, LAYOUT_VERSION_KEY } from "./layout";
import { type PositionSource, readPositions } from "./positions";

type Obj = Record<string, unknown>;

const KINDS = /* @__PURE__ */ new Set<string>(NODE_KINDS);
const UNKNOWN_KIND: EntitySpec = {
  idField: "id",
  fields: {},
  external: ["position"],
  defaults: {},
};

/** One node's fields as plain data with its position; unvalidated. */
export function readRawNode(
  id: string,
  value: unknown,
  positions: PositionSource,
  report: ReadReporter,
): Obj | null {
  if (!(value instanceof Y.Map)) {
    report(formatIssuePath(["nodes", id]), "left out a node that is not a map");
    return null;
  }
  const kind = value.get("kind");
  const spec = KINDS.has(kind) ? NODE_SPECS[kind as NodeKind] : UNKNOWN_KIND;
  const node = readEntity(value, spec, id, new ReadContext(report, ["nodes", id]));
  const position = positions.get(id);
  if (position) node.position = position;
  else {
    report(formatIssuePath(["nodes", id, "position"]), "had no position; placed at 0, 0");
    node.position = { x: 0, y: 0 };
  }
  return node;
}

/** A map's entries sorted by key, so every peer reads nodes and edges in the same order. */
function entriesById(map: Y.Map<unknown>): [string, unknown][] {
  const out: [string, unknown][] = [];
  map.forEach((value, key) => {
    out.push([key, value]);
  });
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * The document as scenario-shaped plain data, nodes and edges sorted by id so
 * every peer reads the same order. Nothing is validated yet: that is the
 * repair step's job.
 */
export function readRawScenario(doc: Y.Doc, report: ReadReporter): Obj {
  const at = (...base: string[]) => new ReadContext(report, base);
  const meta = readEntity(docMap(doc, "meta"), META_SPEC, null, at("meta"));
  delete meta[LAYOUT_VERSION_KEY];
  const moodMap = docMap(doc, "mood");
  const positions = readPositions(doc);
  const nodes: Obj[] = [];
  for (const [id, value] of entriesById(docMap(doc, "nodes"))) {
    const node = readRawNode(id, value, positions, report);
    if (node) nodes.push(node);
  }
  const edges: Obj[] = [];
  for (const [id, value] of entriesById(docMap(doc, "edges"))) {
    edges.push(value && typeof value === "object" ? { id, ...(value as Obj) } : { id });
  }
  const list = (name: "variables" | "skills" | "personas" | "assets", spec: EntitySpec) =>
    readList(docMap(doc, name), spec, at(name));
  return {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    meta,
    variables: list("variables", VARIABLE_SPEC),
    mood: moodMap.has("variable") ? readEntity(moodMap, MOOD_SPEC, null, at("mood")) : null,
    skills: list("skills", SKILL_SPEC),
    rubric: readEntity(docMap(doc, "rubric"), RUBRIC_SPEC, null, at("rubric")),
    personas: list("personas", PERSONA_SPEC),
    settings: readEntity(docMap(doc, "settings"), SETTINGS_SPEC, null, at("settings")),
    assets: list("assets", ASSET_SPEC),
    nodes,
    edges,
  };
}
