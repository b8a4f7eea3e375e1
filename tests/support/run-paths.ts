import { createEngine, type DebriefRecord, type RunState, type Scenario } from "../../core";

export type RunAction =
  | { kind: "continue" }
  | { kind: "choose"; optionId: string }
  | { kind: "reflect"; value: number | string };

export interface FoundRun {
  actions: RunAction[];
  record: DebriefRecord;
}

type Goal = (record: DebriefRecord) => boolean;

export const GOALS = {
  passed: (r: DebriefRecord) => r.success === "passed",
  failed: (r: DebriefRecord) => r.success === "failed",
  completed: (r: DebriefRecord) => r.completion === "completed",
} satisfies Record<string, Goal>;

/**
 * Finds, through the real engine, a run from the start to an ending that
 * meets `goal`, as the learner actions that produce it (timeouts are left out:
 * a browser test should not wait for a timer). Reflections get a mid-scale or
 * short text answer.
 */
export function findRun(scenario: Scenario, goal: Goal, budget = 20000): FoundRun | null {
  const engine = createEngine(scenario);
  const stack: { state: RunState; actions: RunAction[] }[] = [
    { state: engine.start(), actions: [] },
  ];
  let seen = 0;
  while (stack.length > 0 && seen++ < budget) {
    const { state, actions } = stack.pop()!;
    const view = engine.view(state);
    const next = (action: RunAction, make: () => RunState) => {
      try {
        stack.push({ state: make(), actions: [...actions, action] });
      } catch {
        // not a move this state allows
      }
    };
    switch (view.kind) {
      case "ending": {
        const record = engine.debrief(state);
        if (goal(record)) return { actions, record };
        break;
      }
      case "scene":
      case "feedback":
        next({ kind: "continue" }, () => engine.continue(state, 1000));
        break;
      case "decision":
        for (const option of [...view.options].reverse()) {
          next({ kind: "choose", optionId: option.id }, () =>
            engine.choose(state, option.id, 1000),
          );
        }
        break;
      case "reflection": {
        const value =
          view.reflectionKind === "text"
            ? "I would own the delay first."
            : Math.min(3, view.scale.length);
        next({ kind: "reflect", value }, () => engine.reflect(state, value, 1000));
        break;
      }
    }
  }
  return null;
}
