import { describe, expect, it } from "vitest";
import { VariableNameSchema } from "./ids";

describe("VariableNameSchema", () => {
  it("accepts ordinary names", () => {
    expect(VariableNameSchema.safeParse("trust").success).toBe(true);
    expect(VariableNameSchema.safeParse("_queue_length2").success).toBe(true);
  });

  it("refuses names that collide with object prototype members", () => {
    for (const name of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      const result = VariableNameSchema.safeParse(name);
      expect(result.success, name).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/reserved/);
    }
  });
});
