import type { Scenario } from "../../core";
import type { ScenarioListing } from "../storage/document-store";

/** The fields of a scenario the home screen lists and searches. */
export function scenarioListing(scenario: Scenario): ScenarioListing {
  return {
    title: scenario.meta.title,
    summary: scenario.meta.summary,
    tags: scenario.meta.tags,
    nodeCount: scenario.nodes.length,
  };
}
