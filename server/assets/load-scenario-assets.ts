import type { Scenario } from "../../core";
import type { DocumentStore } from "../storage/document-store";

/**
 * The bytes of every asset the scenario lists, for an export. An id with no
 * stored file is left out: the exporter names each missing asset itself.
 */
export async function loadScenarioAssets(
  store: Pick<DocumentStore, "getAsset">,
  scenario: Scenario,
): Promise<Map<string, Uint8Array>> {
  const found = new Map<string, Uint8Array>();
  // One at a time, so an export with many files never takes every pooled connection.
  for (const { id } of scenario.assets) {
    const asset = await store.getAsset(id);
    if (asset) found.set(id, asset.data);
  }
  return found;
}
