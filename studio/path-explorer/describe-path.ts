import {
  createEngine,
  type Difficulty,
  moodBandFor,
  type RunState,
  type Scenario,
  TIMEOUT_PORT,
} from "../../core";
import type { PathDescription, StepDescription } from "./explorer-protocol";

/** A reflection answer that every scale accepts; free text may be empty. */
function neutralAnswer(reflectionKind: string, scaleSize: number): number | string {
  return reflectionKind === "text" ? "" : Math.min(3, Math.max(1, scaleSize));
}

/**
 * Plays an explored path through the real engine (the same one the player
 * runs), so the comparison shows exactly what a learner would see: the option
 * texts at the path's level and the mood after each step. Throws the engine's
 * error when the path no longer plays (the scenario changed since it was listed).
 */
export function describePath(
  scenario: Scenario,
  choices: readonly string[],
  difficulty: Difficulty | null,
): PathDescription {
  const engine = createEngine(scenario);
  let state: RunState = engine.start(difficulty === null ? {} : { difficulty });
  let next = 0;
  // Every step is a scene, reflection, decision (plus its feedback) or the ending.
  const limit = 4 * (scenario.nodes.length + choices.length) + 8;
  for (let moves = 0; state.status !== "ended"; moves++) {
    if (moves > limit) throw new Error("the path does not reach its ending");
    const view = engine.view(state);
    switch (view.kind) {
      case "scene":
      case "feedback":
        state = engine.continue(state);
        break;
      case "reflection":
        state = engine.reflect(state, neutralAnswer(view.reflectionKind, view.scale.length));
        break;
      case "decision": {
        const choice = choices[next++];
        if (choice === undefined) throw new Error("the path has fewer choices than decisions");
        state = choice === TIMEOUT_PORT ? engine.timeout(state) : engine.choose(state, choice);
        break;
      }
      case "ending":
        break;
    }
  }
  return { steps: describeSteps(scenario, state), scores: { ...state.scores }, run: state };
}

function describeSteps(scenario: Scenario, state: RunState): StepDescription[] {
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  const gauge = scenario.mood;
  return state.path
    .filter((s) => !s.undone)
    .map((step) => {
      const node = nodes.get(step.nodeId);
      const moodValue = step.moodAfter ?? step.moodBefore;
      let choice: StepDescription["choice"] = null;
      if (node?.kind === "decision") {
        const option = node.options.find((o) => o.id === step.optionId);
        const variant = step.difficulty === "standard" ? null : option?.variants[step.difficulty];
        choice = option
          ? { optionId: option.id, text: variant || option.text, quality: option.quality }
          : { optionId: null, text: "Let the timer run out", quality: "weak" };
      }
      return {
        nodeId: step.nodeId,
        kind: step.kind,
        choice,
        mood:
          gauge && moodValue !== undefined
            ? { value: moodValue, label: moodBandFor(gauge, moodValue).label }
            : null,
      };
    });
}
