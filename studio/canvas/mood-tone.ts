import type { Effect } from "../../core";

export type MoodTone = "positive" | "negative" | "neutral";

/** How a set of effects moves the mood gauge's variable: up, down or not at all (or not knowably). */
export function moodToneOf(effects: readonly Effect[], moodVariable: string | null): MoodTone {
  if (!moodVariable) return "neutral";
  let delta = 0;
  for (const effect of effects) {
    if (effect.variable !== moodVariable || effect.op !== "add") continue;
    if (typeof effect.value === "number") delta += effect.value;
  }
  return delta > 0 ? "positive" : delta < 0 ? "negative" : "neutral";
}

/** The signed sum of `add` effects on the mood variable, for a compact "+2" chip. */
export function moodDeltaOf(effects: readonly Effect[], moodVariable: string | null): number {
  if (!moodVariable) return 0;
  let delta = 0;
  for (const effect of effects) {
    if (
      effect.variable === moodVariable &&
      effect.op === "add" &&
      typeof effect.value === "number"
    ) {
      delta += effect.value;
    }
  }
  return delta;
}
