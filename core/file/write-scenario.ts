import type { Scenario } from "../schema/scenario";
import { ScenarioSchema } from "../schema/scenario";
import { canonicalOrder, compareKeys } from "./canonical-order";

const byId = (a: { id: string }, b: { id: string }) => compareKeys(a.id, b.id);

/**
 * The canonical file text of a scenario: 2-space JSON, every object's keys in
 * the schema's field order, nodes and edges sorted by id, a trailing newline.
 * Equal scenarios give identical text, so files diff and merge well in git.
 * Lists whose order means something (options, variables, ...) keep it.
 */
export function writeScenario(scenario: Scenario): string {
  const sorted = {
    ...scenario,
    nodes: [...scenario.nodes].sort(byId),
    edges: [...scenario.edges].sort(byId),
  };
  return `${JSON.stringify(canonicalOrder(sorted, ScenarioSchema), null, 2)}\n`;
}
