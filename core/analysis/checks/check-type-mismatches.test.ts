import { describe, expect, it } from "vitest";
import {
  booleanVar,
  condition,
  edges,
  ending,
  numberVar,
  scenarioOf,
  scene,
  textVar,
  tidyScenario,
} from "../../../tests/factories/graph-shapes";
import { analyze } from "../analyze";

const mismatches = (s: Parameters<typeof analyze>[0]) =>
  analyze(s).filter((d) => d.code === "type-mismatch");

describe("type-mismatch", () => {
  const vars = [numberVar("n", 0, 0, 10), booleanVar("b"), textVar("t", "chat")];

  it("reports clauses comparing with the wrong type or ordering non-numbers", () => {
    const s = scenarioOf({
      variables: vars,
      nodes: [
        condition("c", [
          { combine: "all", clauses: [{ variable: "n", op: "eq", value: "3" }] },
          { combine: "all", clauses: [{ variable: "t", op: "gt", value: "a" }] },
          { combine: "all", clauses: [{ variable: "b", op: "eq", value: 1 }] },
        ]),
        ending("e"),
      ],
      edges: edges("c:r0>e", "c:r1>e", "c:r2>e", "c:else>e"),
    });
    const found = mismatches(s);
    expect(found).toHaveLength(3);
    expect(found.map((d) => d.message).join("\n")).toContain("only orders numbers");
  });

  it("reports effects that set the wrong type or add to a non-number", () => {
    const s = scenarioOf({
      variables: vars,
      nodes: [
        scene("s", {
          effects: [
            { variable: "n", op: "set", value: true },
            { variable: "b", op: "add", value: 1 },
            { variable: "t", op: "set", value: 4 },
            { variable: "n", op: "add", value: "x" },
          ],
        }),
        ending("e"),
      ],
      edges: edges("s:next>e"),
    });
    expect(mismatches(s)).toHaveLength(4);
  });

  it("is quiet on well-typed clauses and effects", () => {
    expect(mismatches(tidyScenario())).toEqual([]);
  });
});
