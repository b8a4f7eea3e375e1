import type { RunState, Scenario } from "../core";

/**
 * A rough 0..1 for the LMS progress bar: steps taken over steps taken plus the
 * fewest steps left to any ending. Computed once per scenario by a breadth-first
 * search backwards from the endings.
 */
export function createProgressEstimator(scenario: Scenario): (state: RunState) => number {
  const incoming = new Map<string, string[]>();
  for (const edge of scenario.edges) {
    const list = incoming.get(edge.target);
    if (list) list.push(edge.source);
    else incoming.set(edge.target, [edge.source]);
  }
  const distance = new Map<string, number>();
  let frontier = scenario.nodes.filter((n) => n.kind === "ending").map((n) => n.id);
  for (const id of frontier) distance.set(id, 0);
  for (let d = 1; frontier.length > 0; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const source of incoming.get(id) ?? []) {
        if (distance.has(source)) continue;
        distance.set(source, d);
        next.push(source);
      }
    }
    frontier = next;
  }
  return (state) => {
    if (state.status === "ended") return 1;
    let done = 0;
    for (const step of state.path) if (!step.undone) done++;
    const left = distance.get(state.nodeId) ?? 1;
    return Math.min(0.99, Math.max(0, (done - 1) / (done - 1 + left)));
  };
}
