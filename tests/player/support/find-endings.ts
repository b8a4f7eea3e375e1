import { createEngine, type RunState, type Scenario } from "../../../core";

export type PlayStep =
  | { t: "continue" }
  | { t: "choose"; optionId: string }
  | { t: "timeout" }
  | { t: "reflect"; value: number | string };

/**
 * A shortest sequence of learner actions to each reachable ending, found by a
 * breadth-first search over real engine states (no retries). Reflections get
 * a fixed middle answer; they do not steer the run.
 */
export function findEndingRoutes(scenario: Scenario, maxStates = 20_000): Map<string, PlayStep[]> {
  const engine = createEngine(scenario);
  const routes = new Map<string, PlayStep[]>();
  const seen = new Set<string>();
  let queue: { state: RunState; steps: PlayStep[] }[] = [{ state: engine.start(), steps: [] }];
  let visited = 0;
  while (queue.length > 0 && visited < maxStates) {
    const next: typeof queue = [];
    for (const { state, steps } of queue) {
      const key = `${state.status}|${state.nodeId}|${state.difficulty}|${JSON.stringify(state.vars)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      visited++;
      const view = engine.view(state);
      const go = (step: PlayStep, after: RunState) =>
        next.push({ state: after, steps: [...steps, step] });
      switch (view.kind) {
        case "ending":
          if (!routes.has(view.nodeId)) routes.set(view.nodeId, steps);
          break;
        case "scene":
        case "feedback":
          go({ t: "continue" }, engine.continue(state, 1000));
          break;
        case "reflection": {
          const value =
            view.reflectionKind === "text"
              ? "I would name the delay first."
              : Math.ceil(view.scale.length / 2);
          go({ t: "reflect", value }, engine.reflect(state, value, 1000));
          break;
        }
        case "decision":
          for (const option of view.options)
            go({ t: "choose", optionId: option.id }, engine.choose(state, option.id, 1000));
          if (view.timer) go({ t: "timeout" }, engine.timeout(state, view.timer.seconds * 1000));
          break;
      }
    }
    queue = next;
  }
  return routes;
}

/** Every ending node of the scenario, for checking that each one has a route. */
export function endingIds(scenario: Scenario): string[] {
  return scenario.nodes.filter((n) => n.kind === "ending").map((n) => n.id);
}
