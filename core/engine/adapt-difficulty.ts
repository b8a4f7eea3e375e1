import { DIFFICULTIES, type Difficulty, type Quality } from "../schema/nodes";
import type { Settings } from "../schema/scenario";
import type { LevelChange } from "./types";

export interface Adaptation {
  difficulty: Difficulty;
  weakStreak: number;
  strongStreak: number;
  levelChange: LevelChange | null;
}

/**
 * Counts the streak a choice extends and, with adaptive difficulty on, steps the
 * level down after enough weak choices in a row or up after enough strong ones.
 * Streaks restart after a change so one long streak moves one level at a time.
 * A mixed choice breaks both streaks; a timeout counts as weak.
 */
export function adaptDifficulty(
  settings: Settings["difficulty"],
  current: { difficulty: Difficulty; weakStreak: number; strongStreak: number },
  quality: Quality,
): Adaptation {
  const weakStreak = quality === "weak" ? current.weakStreak + 1 : 0;
  const strongStreak = quality === "strong" ? current.strongStreak + 1 : 0;
  const level = DIFFICULTIES.indexOf(current.difficulty);
  if (settings.adaptive && weakStreak >= settings.easeAfterWeak && level > 0) {
    const to = DIFFICULTIES[level - 1]!;
    return {
      difficulty: to,
      weakStreak: 0,
      strongStreak: 0,
      levelChange: { from: current.difficulty, to, reason: "eased-after-weak" },
    };
  }
  if (
    settings.adaptive &&
    strongStreak >= settings.raiseAfterStrong &&
    level < DIFFICULTIES.length - 1
  ) {
    const to = DIFFICULTIES[level + 1]!;
    return {
      difficulty: to,
      weakStreak: 0,
      strongStreak: 0,
      levelChange: { from: current.difficulty, to, reason: "raised-after-strong" },
    };
  }
  return { difficulty: current.difficulty, weakStreak, strongStreak, levelChange: null };
}
