import {
  ELSE_PORT,
  NEXT_PORT,
  plainTextOf,
  portsOf,
  type ScenarioNode,
  TIMEOUT_PORT,
} from "../../../core";
import { NODE_KIND_NAMES } from "../../ui/node-kind-names";
import { clipText } from "../logic/clip-text";

export interface PortRow {
  port: string;
  label: string;
}

/** Each port of a node with the words a designer knows it by, in the canvas's order. */
export function portRowsOf(node: ScenarioNode): PortRow[] {
  return portsOf(node).map((port) => {
    if (port === NEXT_PORT) return { port, label: "Then" };
    if (port === TIMEOUT_PORT) return { port, label: "When time runs out" };
    if (port === ELSE_PORT) return { port, label: "Otherwise" };
    if (node.kind === "decision") {
      const index = node.options.findIndex((o) => o.id === port);
      const option = node.options[index];
      return {
        port,
        label: `Option ${index + 1}${option?.text ? `: ${clipText(option.text, 48)}` : ""}`,
      };
    }
    if (node.kind === "condition") {
      const index = node.rules.findIndex((r) => r.id === port);
      const rule = node.rules[index];
      return {
        port,
        label: `Rule ${index + 1}${rule?.label ? `: ${clipText(rule.label, 48)}` : ""}`,
      };
    }
    return { port, label: port };
  });
}

function wordsOf(node: ScenarioNode): string {
  if (node.label) return node.label;
  switch (node.kind) {
    case "scene":
      return plainTextOf(node.text);
    case "decision":
    case "reflection":
      return plainTextOf(node.prompt);
    case "ending":
      return node.title;
    default:
      return "";
  }
}

/** How a node reads in a "leads to" list: its kind, then its label or the start of its text. */
export function targetLabelOf(node: ScenarioNode): string {
  const words = clipText(wordsOf(node), 60);
  return words
    ? `${NODE_KIND_NAMES[node.kind]}: ${words}`
    : `${NODE_KIND_NAMES[node.kind]} ${node.id}`;
}
