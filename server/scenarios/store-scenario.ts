import * as Y from "yjs";
import { type Scenario, scenarioToYDoc } from "../../core";
import { isReservedScenarioId } from "../collab/room-name";
import type { DocumentStore, ScenarioRecord } from "../storage/document-store";
import { newScenarioId } from "./scenario-id";
import { scenarioListing } from "./scenario-listing";

/** A scenario id no stored scenario uses yet. */
export async function freshScenarioId(store: DocumentStore): Promise<string> {
  for (;;) {
    const id = newScenarioId();
    if (!(await store.getScenario(id))) return id;
  }
}

/** Writes a validated scenario as a new stored scenario: its row and its live document, in one transaction. */
export async function storeScenario(
  store: DocumentStore,
  scenario: Scenario,
  template: string | null,
): Promise<ScenarioRecord> {
  const state = Y.encodeStateAsUpdate(scenarioToYDoc(scenario));
  return store.createScenario(
    { id: scenario.meta.id, template, ...scenarioListing(scenario) },
    { scenario: state },
  );
}

/**
 * Stores an imported scenario. The file's id is kept when it is free, so that
 * export then import round-trips; otherwise the copy gets a fresh one.
 */
export async function importScenario(
  store: DocumentStore,
  scenario: Scenario,
): Promise<ScenarioRecord> {
  let imported = scenario;
  const wanted = scenario.meta.id;
  if (isReservedScenarioId(wanted) || (await store.getScenario(wanted))) {
    imported = { ...scenario, meta: { ...scenario.meta, id: await freshScenarioId(store) } };
  }
  return storeScenario(store, imported, null);
}
