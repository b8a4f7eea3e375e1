import type { Scenario } from "../../core";

/** Per decision: one-letter SCORM 1.2 responses by option position, and the strong options. */
export interface DecisionKeys {
  letters: Record<string, string>;
  strong: Record<string, string[]>;
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/**
 * SCORM 1.2 `choice` responses are single characters [0-9a-z]; letters follow
 * an option's position in the decision (not the shuffled order a learner saw),
 * so "b" means the same option in every learner's record.
 */
export function decisionKeys(scenario: Scenario): DecisionKeys {
  const letters: Record<string, string> = {};
  const strong: Record<string, string[]> = {};
  for (const node of scenario.nodes) {
    if (node.kind !== "decision") continue;
    node.options.forEach((option, i) => {
      letters[option.id] = LETTERS[i] ?? String(i);
    });
    const best = node.options.filter((o) => o.quality === "strong").map((o) => o.id);
    if (best.length > 0) strong[node.id] = best;
  }
  return { letters, strong };
}
