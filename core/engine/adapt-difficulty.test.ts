import { describe, expect, it } from "vitest";
import { drive, supportCall } from "../../tests/factories/support-call";
import { SettingsSchema } from "../schema/scenario";
import { adaptDifficulty } from "./adapt-difficulty";
import { createEngine } from "./create-engine";

const adaptive = SettingsSchema.parse({
  startNodeId: null,
  difficulty: { adaptive: true, easeAfterWeak: 2, raiseAfterStrong: 3 },
}).difficulty;

describe("adaptDifficulty", () => {
  const at = (
    difficulty: "gentle" | "standard" | "challenge",
    weakStreak = 0,
    strongStreak = 0,
  ) => ({
    difficulty,
    weakStreak,
    strongStreak,
  });

  it("eases one level after N weak choices in a row and restarts the streaks", () => {
    expect(adaptDifficulty(adaptive, at("standard", 0), "weak")).toEqual({
      difficulty: "standard",
      weakStreak: 1,
      strongStreak: 0,
      levelChange: null,
    });
    expect(adaptDifficulty(adaptive, at("standard", 1), "weak")).toEqual({
      difficulty: "gentle",
      weakStreak: 0,
      strongStreak: 0,
      levelChange: { from: "standard", to: "gentle", reason: "eased-after-weak" },
    });
  });

  it("raises one level after N strong choices in a row", () => {
    expect(adaptDifficulty(adaptive, at("gentle", 0, 2), "strong").levelChange).toEqual({
      from: "gentle",
      to: "standard",
      reason: "raised-after-strong",
    });
  });

  it("does not go past the ends of the scale", () => {
    expect(adaptDifficulty(adaptive, at("gentle", 5), "weak")).toMatchObject({
      difficulty: "gentle",
      weakStreak: 6,
      levelChange: null,
    });
    expect(adaptDifficulty(adaptive, at("challenge", 0, 7), "strong").difficulty).toBe("challenge");
  });

  it("breaks both streaks on a mixed choice", () => {
    expect(adaptDifficulty(adaptive, at("standard", 1, 2), "mixed")).toMatchObject({
      weakStreak: 0,
      strongStreak: 0,
    });
    expect(adaptDifficulty(adaptive, at("standard", 1, 0), "strong")).toMatchObject({
      weakStreak: 0,
      strongStreak: 1,
    });
  });

  it("only counts when adaptation is off", () => {
    const fixed = { ...adaptive, adaptive: false };
    expect(adaptDifficulty(fixed, at("standard", 9), "weak")).toMatchObject({
      difficulty: "standard",
      levelChange: null,
    });
  });
});

describe("adaptive difficulty in a run", () => {
  const engine = createEngine(
    supportCall({
      difficulty: { initial: "standard", adaptive: true, easeAfterWeak: 2, raiseAfterStrong: 2 },
      retry: { policy: "unlimited", maxRetries: 0 },
    }),
  );

  it("eases after two weak choices, marks the change on that state only, and plays on at the new level", () => {
    const d2 = drive(engine, engine.start(), [3, "d1-weak"]);
    expect(d2.difficulty).toBe("standard");
    const eased = engine.choose(d2, "d2-blame");
    expect(eased.difficulty).toBe("gentle");
    expect(eased.levelChange).toEqual({
      from: "standard",
      to: "gentle",
      reason: "eased-after-weak",
    });
    const next = engine.continue(eased);
    expect(next.levelChange).toBeNull();
    expect(next.path.at(-1)!.difficulty).toBe("gentle");
  });

  it("raises after two strong choices and shows advanced options there", () => {
    const s = drive(engine, engine.start(), [3, "d1-strong", "d2-fix"]);
    expect(s.difficulty).toBe("challenge");
  });

  it("a retry undoes the level change along with the choice", () => {
    const eased = engine.choose(drive(engine, engine.start(), [3, "d1-weak"]), "d2-blame");
    const back = engine.retry(eased);
    expect(back.difficulty).toBe("standard");
    expect(back.levelChange).toBeNull();
    // The weak streak is back to one: another weak choice eases again.
    expect(engine.choose(back, "d2-blame").levelChange?.to).toBe("gentle");
  });

  it("changes the level straight away in end-feedback mode", () => {
    const endMode = createEngine(
      supportCall({
        feedbackMode: "end",
        difficulty: { initial: "gentle", adaptive: true, raiseAfterStrong: 1 },
      }),
    );
    const s = endMode.choose(drive(endMode, endMode.start(), [3]), "d1-strong");
    expect(s.status).toBe("decision");
    expect(s.levelChange).toEqual({
      from: "gentle",
      to: "standard",
      reason: "raised-after-strong",
    });
    expect(s.path.at(-1)!.difficulty).toBe("standard");
  });
});
