import type { Scenario } from "../../core";

/**
 * The scenario as learners' packages carry it: designer notes are never
 * exported (nor edges touching them), and canvas labels, which are for
 * designers only, are emptied.
 */
export function learnerScenario(scenario: Scenario): Scenario {
  const notes = new Set(scenario.nodes.filter((n) => n.kind === "note").map((n) => n.id));
  return {
    ...scenario,
    nodes: scenario.nodes.filter((n) => !notes.has(n.id)).map((n) => ({ ...n, label: "" })),
    edges: scenario.edges.filter((e) => !notes.has(e.source) && !notes.has(e.target)),
  };
}
