import { describe, expect, it } from "vitest";
import { booleanVar, numberVar, textVar } from "../../tests/factories/graph-shapes";
import { draftOf, parseSeed, parseVariables, rangeText } from "./start-variables";

const variables = [
  numberVar("trust", 4, 0, 10),
  booleanVar("escalated"),
  textVar("channel", "chat"),
];

describe("parseVariables", () => {
  it("returns only the values set by hand, typed as declared", () => {
    const draft = { ...draftOf(variables), trust: " 7 ", escalated: true };
    expect(parseVariables(variables, draft)).toEqual({
      ok: true,
      values: { trust: 7, escalated: true },
    });
    expect(parseVariables(variables, draftOf(variables))).toEqual({ ok: true, values: {} });
  });

  it("refuses numbers outside the declared range or not numbers at all, naming the range", () => {
    for (const bad of ["11", "-1", "abc", "", "Infinity"]) {
      const parsed = parseVariables(variables, { ...draftOf(variables), trust: bad });
      expect(parsed.ok, bad).toBe(false);
      if (!parsed.ok) expect(Object.keys(parsed.errors)).toEqual(["trust"]);
    }
    const parsed = parseVariables(variables, { ...draftOf(variables), trust: "42" });
    expect(parsed).toEqual({ ok: false, errors: { trust: "Enter 0 to 10" } });
  });

  it("accepts any finite number for an unbounded variable, and caps text at 1,000 characters", () => {
    const open = [numberVar("score", 0)];
    expect(parseVariables(open, { score: "-1e6" })).toEqual({ ok: true, values: { score: -1e6 } });
    expect(parseVariables(variables, { ...draftOf(variables), channel: "x".repeat(1001) }).ok).toBe(
      false,
    );
    expect(parseVariables(variables, { ...draftOf(variables), channel: "" })).toEqual({
      ok: true,
      values: { channel: "" },
    });
  });

  it("describes ranges in words", () => {
    expect(rangeText(numberVar("a", 0, 0, 10))).toBe("0 to 10");
    expect(rangeText(numberVar("a", 0, 1))).toBe("1 or more");
    expect(rangeText(numberVar("a", 0, null, 5))).toBe("5 or less");
    expect(rangeText(numberVar("a", 0))).toBeNull();
  });
});

describe("parseSeed", () => {
  it("accepts whole numbers the engine keeps exactly", () => {
    expect(parseSeed("42")).toEqual({ ok: true, seed: 42 });
    expect(parseSeed("4294967295")).toEqual({ ok: true, seed: 4294967295 });
    for (const bad of ["-1", "1.5", "4294967296", "", "seed"])
      expect(parseSeed(bad).ok, bad).toBe(false);
  });
});
