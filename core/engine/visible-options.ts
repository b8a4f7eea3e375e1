import { evaluateCondition } from "../model/evaluate-condition";
import type { DecisionNode, Difficulty, Option } from "../schema/nodes";
import type { Settings } from "../schema/scenario";
import type { VariableValue } from "../schema/variables";
import { hashString, seededShuffle } from "./seeded-shuffle";

export interface ShownOption {
  readonly option: Option;
  readonly text: string;
}

/** An option's text at a level; gentle and challenge fall back to the standard text. */
export function optionText(option: Option, difficulty: Difficulty): string {
  if (difficulty === "standard") return option.text;
  return option.variants[difficulty] ?? option.text;
}

export function isOptionShown(
  option: Option,
  difficulty: Difficulty,
  vars: Readonly<Record<string, VariableValue>>,
  settings: Settings,
): boolean {
  if (option.advanced && settings.difficulty.advancedOnlyAtChallenge && difficulty !== "challenge")
    return false;
  return option.showIf === null || evaluateCondition(option.showIf, vars);
}

/**
 * The options a learner sees, in the order shown. Shuffling is seeded by the run's
 * seed and the node id, so a decision keeps its order when revisited or retried.
 */
export function visibleOptions(
  node: DecisionNode,
  difficulty: Difficulty,
  vars: Readonly<Record<string, VariableValue>>,
  settings: Settings,
  seed: number,
): ShownOption[] {
  const shown: ShownOption[] = [];
  for (const option of node.options) {
    if (isOptionShown(option, difficulty, vars, settings))
      shown.push({ option, text: optionText(option, difficulty) });
  }
  if (!node.shuffle || shown.length < 2) return shown;
  return seededShuffle(shown, (seed ^ hashString(node.id)) >>> 0);
}
