import type { Rubric } from "../schema/scenario";

/** Acknowledge, align, act: the three moves every reply to an upset customer is scored on. */
export const DEFAULT_RUBRIC: Rubric = {
  dimensions: [
    { id: "acknowledge", label: "Acknowledge", weight: 1, maxPoints: 2 },
    { id: "align", label: "Align", weight: 1, maxPoints: 2 },
    { id: "act", label: "Act", weight: 1, maxPoints: 2 },
  ],
  passing: { mode: "weighted", threshold: 0.7, requireOutcome: "any" },
};
