import type { MoodGauge, NumberVariable } from "../schema/variables";

/** `trust`, 0 to 10, starting low: the customer arrives upset. */
export const DEFAULT_MOOD_VARIABLE: NumberVariable = {
  name: "trust",
  description: "How much the customer trusts you to sort this out.",
  type: "number",
  initial: 4,
  min: 0,
  max: 10,
};

export function defaultMoodGauge(variable: string = DEFAULT_MOOD_VARIABLE.name): MoodGauge {
  return {
    variable,
    bands: [
      { from: 0, label: "Furious", icon: "furious", color: "#b91c1c" },
      { from: 2, label: "Frustrated", icon: "frustrated", color: "#ea580c" },
      { from: 4, label: "Neutral", icon: "neutral", color: "#6b7280" },
      { from: 6, label: "Reassured", icon: "reassured", color: "#0d9488" },
      { from: 8, label: "Won over", icon: "delighted", color: "#15803d" },
    ],
  };
}
