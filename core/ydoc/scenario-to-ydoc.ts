import * as Y from "yjs";
import type { Scenario } from "../schema/scenario";
import {
  ASSET_SPEC,
  META_SPEC,
  MOOD_SPEC,
  NODE_SPECS,
  PERSONA_SPEC,
  RUBRIC_SPEC,
  SETTINGS_SPEC,
  SKILL_SPEC,
  VARIABLE_SPEC,
} from "./entities/entity-specs";
import { createEntity, fillEntity } from "./entities/write-entity";
import {
  DOC_MAPS,
  docMap,
  type EdgeValue,
  LAYOUT_VERSION,
  LAYOUT_VERSION_KEY,
  positionsArray,
  type YMap,
} from "./layout";

type Obj = Record<string, unknown>;

function fillList(list: YMap, items: readonly Obj[], idField: string, spec = ASSET_SPEC): void {
  items.forEach((item, index) => {
    list.set(String(item[idField]), createEntity(spec, item, index));
  });
}

/** True when the document holds no scenario yet (a fresh Y.Doc, or one that only has other types). */
export function isEmptyScenarioDoc(doc: Y.Doc): boolean {
  return (
    Object.values(DOC_MAPS).every((name) => doc.getMap(name).size === 0) &&
    positionsArray(doc).length === 0
  );
}

/**
 * Fills an empty Y.Doc with a scenario in one transaction (tagged with `origin`)
 * and returns the doc. Refuses a document that already holds a scenario:
 * merging two scenarios is pasteFragment's job, not this one's.
 */
export function scenarioToYDoc(
  scenario: Scenario,
  doc: Y.Doc = new Y.Doc(),
  origin?: unknown,
): Y.Doc {
  if (!isEmptyScenarioDoc(doc)) {
    throw new Error("scenarioToYDoc needs an empty document; this one already holds a scenario");
  }
  doc.transact(() => {
    const meta = docMap(doc, "meta");
    fillEntity(meta, META_SPEC, scenario.meta);
    meta.set(LAYOUT_VERSION_KEY, LAYOUT_VERSION);
    fillEntity(docMap(doc, "settings"), SETTINGS_SPEC, scenario.settings);
    fillEntity(docMap(doc, "rubric"), RUBRIC_SPEC, scenario.rubric);
    if (scenario.mood) fillEntity(docMap(doc, "mood"), MOOD_SPEC, scenario.mood);
    fillList(docMap(doc, "variables"), scenario.variables, "name", VARIABLE_SPEC);
    fillList(docMap(doc, "skills"), scenario.skills, "id", SKILL_SPEC);
    fillList(docMap(doc, "personas"), scenario.personas, "id", PERSONA_SPEC);
    fillList(docMap(doc, "assets"), scenario.assets, "id", ASSET_SPEC);
    const nodes = docMap(doc, "nodes");
    for (const node of scenario.nodes)
      nodes.set(node.id, createEntity(NODE_SPECS[node.kind], node));
    const edges = docMap(doc, "edges");
    for (const { id, source, sourcePort, target } of scenario.edges) {
      edges.set(id, { source, sourcePort, target } satisfies EdgeValue);
    }
    if (scenario.nodes.length > 0) {
      positionsArray(doc).push(
        scenario.nodes.map((n) => ({ key: n.id, val: { x: n.position.x, y: n.position.y } })),
      );
    }
  }, origin);
  return doc;
}
