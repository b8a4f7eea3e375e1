import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DimensionSchema, SettingsSchema, TimerSchema } from "../../../core";
import { checkNumber, describeRule, numberRule } from "./number-rule";

describe("numberRule", () => {
  it("reads integer bounds through defaults", () => {
    const retry = SettingsSchema.shape.retry.unwrap().shape.maxRetries;
    expect(numberRule(retry)).toEqual({ min: 0, max: 100, minExclusive: false, integer: true });
    expect(numberRule(TimerSchema.shape.seconds)).toMatchObject({
      min: 3,
      max: 3600,
      integer: true,
    });
  });

  it("tells an exclusive lower bound from an inclusive one", () => {
    expect(numberRule(DimensionSchema.shape.maxPoints)).toMatchObject({
      min: 0,
      minExclusive: true,
    });
    expect(describeRule(numberRule(DimensionSchema.shape.maxPoints))).toBe("a number above 0");
    expect(describeRule(numberRule(DimensionSchema.shape.weight))).toBe("a number from 0 to 100");
  });
});

describe("checkNumber", () => {
  const seconds = TimerSchema.shape.seconds;

  it("accepts numbers in range, with a comma as decimal mark", () => {
    expect(checkNumber(" 45 ", seconds, false)).toEqual({ ok: true, value: 45 });
    expect(checkNumber("2,5", z.number(), false)).toEqual({ ok: true, value: 2.5 });
  });

  it("refuses out-of-range, fractional and non-numeric input with the rule spelled out", () => {
    expect(checkNumber("2", seconds, false)).toEqual({
      ok: false,
      error: "Enter a whole number from 3 to 3600.",
    });
    expect(checkNumber("30.5", seconds, false)).toMatchObject({ ok: false });
    expect(checkNumber("abc", seconds, false)).toEqual({
      ok: false,
      error: "“abc” is not a number. Enter a whole number from 3 to 3600.",
    });
    expect(checkNumber("1e3", seconds, false)).toMatchObject({ ok: false });
  });

  it("reads empty as null only where null is allowed", () => {
    expect(checkNumber("", z.number().nullable(), true)).toEqual({ ok: true, value: null });
    expect(checkNumber("  ", seconds, false)).toMatchObject({ ok: false });
  });
});
