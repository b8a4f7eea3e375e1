import { describe, expect, it } from "vitest";
import type { Variable } from "../../../core";
import { clauseWithVariable, effectWithVariable, newClause, newEffect } from "./condition-edits";
import { stepInOrder } from "./fresh-order";

const trust: Variable = {
  name: "trust",
  description: "",
  type: "number",
  initial: 4,
  min: 0,
  max: 10,
};
const escalated: Variable = { name: "escalated", description: "", type: "boolean", initial: false };
const channel: Variable = { name: "channel", description: "", type: "text", initial: "chat" };

describe("condition edits", () => {
  it("starts a check at the variable's initial value", () => {
    expect(newClause(trust)).toEqual({ variable: "trust", op: "eq", value: 4 });
  });

  it("keeps the operator and value only when they fit the new variable's type", () => {
    const clause = { variable: "trust", op: "gte" as const, value: 5 };
    expect(clauseWithVariable(clause, escalated)).toEqual({
      variable: "escalated",
      op: "eq",
      value: false,
    });
    expect(clauseWithVariable(clause, { ...trust, name: "calm" })).toEqual({
      variable: "calm",
      op: "gte",
      value: 5,
    });
  });

  it("turns an add into a set for variables that are not numbers", () => {
    expect(newEffect(trust)).toEqual({ variable: "trust", op: "add", value: 1 });
    expect(effectWithVariable({ variable: "trust", op: "add", value: 2 }, channel)).toEqual({
      variable: "channel",
      op: "set",
      value: "",
    });
  });

  it("moves an id one step within bounds", () => {
    expect(stepInOrder(["a", "b", "c"], "b", -1)).toEqual(["b", "a", "c"]);
    expect(stepInOrder(["a", "b", "c"], "c", 1)).toBeNull();
    expect(stepInOrder(["a", "b"], "x", 1)).toBeNull();
  });
});
