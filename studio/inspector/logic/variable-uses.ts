import type { Condition, Effect, Scenario, ScenarioNode } from "../../../core";
import { plainTextOf } from "../../../core";
import { NODE_KIND_NAMES } from "../../ui/node-kind-names";
import { clipText } from "./clip-text";

export interface VariableUse {
  nodeId: string | null;
  optionId?: string;
  /** Where, in words: `Decision “Greeting”, option “Let me check”: show-if`. */
  where: string;
}

export function nodeName(node: ScenarioNode): string {
  if (node.label) return `${NODE_KIND_NAMES[node.kind]} “${clipText(node.label, 40)}”`;
  const text =
    node.kind === "scene" || node.kind === "note"
      ? plainTextOf(node.text)
      : node.kind === "decision" || node.kind === "reflection"
        ? plainTextOf(node.prompt)
        : node.kind === "ending"
          ? node.title
          : "";
  return text
    ? `${NODE_KIND_NAMES[node.kind]} “${clipText(text, 40)}”`
    : `${NODE_KIND_NAMES[node.kind]} ${node.id}`;
}

const inEffects = (effects: readonly Effect[], name: string) =>
  effects.some((e) => e.variable === name);
const inCondition = (condition: Condition | null, name: string) =>
  condition?.clauses.some((c) => c.variable === name) ?? false;

/** Every place a variable is read or written, so removing it can say what will break. */
export function variableUses(scenario: Scenario, name: string): VariableUse[] {
  const uses: VariableUse[] = [];
  if (scenario.mood?.variable === name) uses.push({ nodeId: null, where: "The mood gauge" });
  for (const node of scenario.nodes) {
    const at = nodeName(node);
    if (node.kind === "scene" && inEffects(node.effects, name)) {
      uses.push({ nodeId: node.id, where: `${at}: effect on arrival` });
    }
    if (node.kind === "decision") {
      for (const option of node.options) {
        const opt = `${at}, option “${clipText(option.text, 40)}”`;
        if (inEffects(option.effects, name))
          uses.push({ nodeId: node.id, optionId: option.id, where: `${opt}: effect` });
        if (inCondition(option.showIf, name))
          uses.push({ nodeId: node.id, optionId: option.id, where: `${opt}: show-if` });
      }
      if (node.timer && inEffects(node.timer.effects, name)) {
        uses.push({ nodeId: node.id, where: `${at}: effect when time runs out` });
      }
    }
    if (node.kind === "condition") {
      node.rules.forEach((rule, index) => {
        if (inCondition(rule.when, name)) {
          const ruleName = rule.label ? `“${clipText(rule.label, 40)}”` : `${index + 1}`;
          uses.push({ nodeId: node.id, where: `${at}: rule ${ruleName}` });
        }
      });
    }
  }
  return uses;
}
