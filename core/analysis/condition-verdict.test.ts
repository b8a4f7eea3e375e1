import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  edges,
  ending,
  numberVar,
  scenarioOf,
  scene,
  textVar,
} from "../../tests/factories/graph-shapes";
import { applyEffects } from "../model/apply-effects";
import { evaluateCondition } from "../model/evaluate-condition";
import type { Clause, Condition, Effect, Variable, VariableValue } from "../schema/variables";
import { AnalysisIndex } from "./analysis-index";
import { conditionVerdict } from "./condition-verdict";
import { valueDomains } from "./value-domains";

const variables: Variable[] = [numberVar("a", 2, 0, 6), numberVar("b", 0), textVar("t", "x")];

const effect: fc.Arbitrary<Effect> = fc.oneof(
  fc.record({
    variable: fc.constantFrom("a", "b"),
    op: fc.constant("add" as const),
    value: fc.integer({ min: -3, max: 3 }),
  }),
  fc.record({
    variable: fc.constantFrom("a", "b"),
    op: fc.constant("set" as const),
    value: fc.integer({ min: -8, max: 8 }),
  }),
  fc.record({
    variable: fc.constant("t"),
    op: fc.constant("set" as const),
    value: fc.constantFrom("x", "y", "z"),
  }),
);
const clause: fc.Arbitrary<Clause> = fc.oneof(
  fc.record({
    variable: fc.constantFrom("a", "b"),
    op: fc.constantFrom("eq", "neq", "lt", "lte", "gt", "gte" as const),
    value: fc.integer({ min: -8, max: 8 }),
  }),
  fc.record({
    variable: fc.constant("t"),
    op: fc.constantFrom("eq", "neq" as const),
    value: fc.constantFrom("x", "y", "w"),
  }),
) as fc.Arbitrary<Clause>;
const condition: fc.Arbitrary<Condition> = fc.record({
  combine: fc.constantFrom("all", "any" as const),
  clauses: fc.array(clause, { maxLength: 4 }),
});

/** The scene's effects, in any order and any number of times, are what runs can do to the variables. */
function scenarioWith(effects: Effect[]) {
  return scenarioOf({
    variables,
    nodes: [scene("s", { effects }), ending("e")],
    edges: edges("s:next>e"),
  });
}

describe("value domains and condition verdicts", () => {
  it("domains hold every value that any sequence of the scenario's effects produces", () => {
    fc.assert(
      fc.property(
        fc.array(effect, { minLength: 1, maxLength: 5 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        (effects, picks) => {
          const ix = new AnalysisIndex(scenarioWith(effects));
          const domains = valueDomains(ix);
          let vars: Record<string, VariableValue> = { a: 2, b: 0, t: "x" };
          for (const pick of picks) {
            vars = applyEffects([effects[pick % effects.length]!], vars, ix.variables);
            const a = domains.get("a")!;
            const t = domains.get("t")!;
            if (a.type === "number")
              expect(
                a.values.some((i) => (vars.a as number) >= i.lo && (vars.a as number) <= i.hi),
              ).toBe(true);
            if (t.type === "text") expect(t.values.has(vars.t!)).toBe(true);
          }
        },
      ),
    );
  });

  it("never claims 'never' or 'always' against a state runs can reach", () => {
    fc.assert(
      fc.property(
        fc.array(effect, { minLength: 1, maxLength: 5 }),
        fc.array(fc.nat(), { maxLength: 20 }),
        condition,
        (effects, picks, cond) => {
          const ix = new AnalysisIndex(scenarioWith(effects));
          const verdict = conditionVerdict(cond, valueDomains(ix), ix.variables);
          let vars: Record<string, VariableValue> = { a: 2, b: 0, t: "x" };
          const states = [vars];
          for (const pick of picks) {
            vars = applyEffects([effects[pick % effects.length]!], vars, ix.variables);
            states.push(vars);
          }
          for (const state of states) {
            if (verdict === "never") expect(evaluateCondition(cond, state)).toBe(false);
            if (verdict === "always") expect(evaluateCondition(cond, state)).toBe(true);
          }
        },
      ),
    );
  });

  it("is exact when every variable only takes listed values", () => {
    const ix = new AnalysisIndex(
      scenarioWith([
        { variable: "a", op: "set", value: 4 },
        { variable: "t", op: "set", value: "y" },
      ]),
    );
    const domains = valueDomains(ix);
    const judge = (clauses: Clause[], combine: "all" | "any" = "all") =>
      conditionVerdict({ combine, clauses }, domains, ix.variables);
    expect(judge([{ variable: "a", op: "eq", value: 3 }])).toBe("never");
    expect(judge([{ variable: "a", op: "gte", value: 2 }])).toBe("always");
    expect(judge([{ variable: "a", op: "gt", value: 2 }])).toBe("maybe");
    expect(
      judge(
        [
          { variable: "a", op: "eq", value: 2 },
          { variable: "t", op: "eq", value: "y" },
        ],
        "all",
      ),
    ).toBe("maybe");
  });
});
