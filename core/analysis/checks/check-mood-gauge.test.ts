import { describe, expect, it } from "vitest";
import { booleanVar, numberVar, tidyScenario } from "../../../tests/factories/graph-shapes";
import type { MoodBand } from "../../schema/variables";
import { analyze } from "../analyze";

const band = (from: number, label: string): MoodBand => ({
  from,
  label,
  icon: "neutral",
  color: "#123456",
});

function withGauge(variable: string, bands: MoodBand[]) {
  const s = tidyScenario();
  return {
    ...s,
    variables: [...s.variables, booleanVar("flag"), numberVar("capped", 0, 0, 5)],
    mood: { variable, bands },
  };
}

const codes = (s: Parameters<typeof analyze>[0]) =>
  analyze(s)
    .filter((d) => d.code.startsWith("mood-"))
    .map((d) => d.code);

describe("mood gauge checks", () => {
  it("reports a gauge on a non-number variable", () => {
    expect(codes(withGauge("flag", [band(0, "a")]))).toContain("mood-variable-not-number");
  });

  it("reports bands out of order or with repeated starts", () => {
    expect(codes(withGauge("trust", [band(5, "calm"), band(0, "angry")]))).toEqual([
      "mood-bands-unordered",
    ]);
    expect(codes(withGauge("trust", [band(0, "a"), band(0, "b")]))).toEqual([
      "mood-bands-unordered",
    ]);
  });

  it("notes a band that starts above the variable's max", () => {
    expect(codes(withGauge("capped", [band(0, "a"), band(8, "never")]))).toEqual([
      "mood-band-out-of-range",
    ]);
  });

  it("is quiet for ordered bands on a number variable", () => {
    expect(codes(withGauge("trust", [band(0, "a"), band(3, "b"), band(7, "c")]))).toEqual([]);
  });
});
