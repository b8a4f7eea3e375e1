import { describe, expect, it } from "vitest";
import {
  booleanVar,
  condition,
  decision,
  edges,
  ending,
  numberVar,
  option,
  scenarioOf,
  scene,
  textVar,
} from "../../../tests/factories/graph-shapes";
import type { Clause } from "../../schema/variables";
import { analyze } from "../analyze";

/** trust: 0..10 starting at 4, raised by a scene; mode: text set to "email" somewhere; flag never set. */
function withRule(clauses: Clause[], combine: "all" | "any" = "all") {
  return scenarioOf({
    variables: [
      numberVar("trust", 4, 0, 10),
      textVar("mode", "chat"),
      booleanVar("flag"),
      numberVar("fixed", 3),
    ],
    nodes: [
      scene("s", {
        effects: [
          { variable: "trust", op: "add", value: 1 },
          { variable: "mode", op: "set", value: "email" },
          { variable: "fixed", op: "set", value: 7 },
        ],
      }),
      condition("c", [{ combine, clauses }]),
      ending("e"),
    ],
    edges: edges("s:next>c", "c:r0>e", "c:else>e"),
  });
}

const verdict = (s: Parameters<typeof analyze>[0]) =>
  analyze(s)
    .filter((d) => d.code.startsWith("condition-"))
    .map((d) => d.code);

describe("condition-never-holds and condition-always-holds", () => {
  it("uses the variable's range and how effects move it", () => {
    // Only ever raised from 4: never below 4.
    expect(verdict(withRule([{ variable: "trust", op: "lt", value: 4 }]))).toEqual([
      "condition-never-holds",
    ]);
    expect(verdict(withRule([{ variable: "trust", op: "gte", value: 4 }]))).toEqual([
      "condition-always-holds",
    ]);
    expect(verdict(withRule([{ variable: "trust", op: "gt", value: 10 }]))).toEqual([
      "condition-never-holds",
    ]);
    expect(verdict(withRule([{ variable: "trust", op: "gte", value: 7 }]))).toEqual([]);
  });

  it("knows the exact values of a variable only ever set", () => {
    expect(verdict(withRule([{ variable: "fixed", op: "eq", value: 5 }]))).toEqual([
      "condition-never-holds",
    ]);
    expect(verdict(withRule([{ variable: "fixed", op: "eq", value: 7 }]))).toEqual([]);
    expect(verdict(withRule([{ variable: "fixed", op: "neq", value: 5 }]))).toEqual([
      "condition-always-holds",
    ]);
  });

  it("sees clauses on one variable that contradict or cover everything together", () => {
    const contradiction = [
      { variable: "trust", op: "gt", value: 8 },
      { variable: "trust", op: "lt", value: 6 },
    ] as Clause[];
    expect(verdict(withRule(contradiction))).toEqual(["condition-never-holds"]);
    const cover = [
      { variable: "trust", op: "lt", value: 6 },
      { variable: "trust", op: "gte", value: 6 },
    ] as Clause[];
    expect(verdict(withRule(cover, "any"))).toEqual(["condition-always-holds"]);
    expect(verdict(withRule(cover, "all"))).toEqual(["condition-never-holds"]);
  });

  it("reasons over text and boolean values that can be assigned", () => {
    expect(verdict(withRule([{ variable: "mode", op: "eq", value: "phone" }]))).toEqual([
      "condition-never-holds",
    ]);
    expect(verdict(withRule([{ variable: "mode", op: "eq", value: "email" }]))).toEqual([]);
    expect(verdict(withRule([{ variable: "flag", op: "eq", value: true }]))).toEqual([
      "condition-never-holds",
    ]);
  });

  it("treats empty conditions as logic does: empty all holds, empty any does not", () => {
    expect(verdict(withRule([], "all"))).toEqual(["condition-always-holds"]);
    expect(verdict(withRule([], "any"))).toEqual(["condition-never-holds"]);
  });

  it("leaves mismatched or undefined clauses to the other checks", () => {
    expect(verdict(withRule([{ variable: "trust", op: "eq", value: "x" }]))).toEqual([]);
    expect(verdict(withRule([{ variable: "ghost", op: "eq", value: 1 }]))).toEqual([]);
  });

  it("checks option show-conditions too, with the option id", () => {
    const s = scenarioOf({
      variables: [numberVar("trust", 4, 0, 10)],
      nodes: [
        decision("d", [
          option("a", { effects: [{ variable: "trust", op: "add", value: -1 }] }),
          option("b", {
            showIf: { combine: "all", clauses: [{ variable: "trust", op: "gt", value: 4 }] },
          }),
        ]),
        ending("e"),
      ],
      edges: edges("d:a>e", "d:b>e"),
    });
    const found = analyze(s).filter((d) => d.code === "condition-never-holds");
    expect(found.map((d) => d.optionId)).toEqual(["b"]);
    expect(found[0]!.message).toContain("0 to 4");
  });
});
