import { describe, expect, it } from "vitest";
import {
  condition,
  decision,
  edges,
  ending,
  option,
  scenarioOf,
  scene,
  tidyScenario,
  timer,
} from "../../../tests/factories/graph-shapes";
import { analyze } from "../analyze";

const found = (s: Parameters<typeof analyze>[0]) =>
  analyze(s)
    .filter((d) => d.code === "undefined-variable")
    .map((d) => [d.nodeId ?? null, d.optionId ?? null]);

describe("undefined-variable", () => {
  it("reports show-conditions, rules, scene, option and timer effects, and the mood gauge", () => {
    const s = scenarioOf({
      nodes: [
        scene("s", { effects: [{ variable: "ghost", op: "add", value: 1 }] }),
        decision(
          "d",
          [
            option("x", {
              showIf: { combine: "all", clauses: [{ variable: "ghost", op: "eq", value: 1 }] },
            }),
            option("y", { effects: [{ variable: "ghost", op: "set", value: 2 }] }),
          ],
          { timer: timer({ effects: [{ variable: "ghost", op: "add", value: -1 }] }) },
        ),
        condition("c", [{ combine: "any", clauses: [{ variable: "ghost", op: "gt", value: 0 }] }]),
        ending("end"),
      ],
      edges: edges("s:next>d", "d:x>c", "d:y>c", "d:timeout>c", "c:r0>end", "c:else>end"),
      mood: {
        variable: "ghost",
        bands: [{ from: 0, label: "x", icon: "neutral", color: "#000000" }],
      },
    });
    expect(found(s)).toEqual([
      [null, null],
      ["c", null],
      ["d", null],
      ["d", "x"],
      ["d", "y"],
      ["s", null],
    ]);
  });

  it("reports an undefined variable once per condition even if several clauses read it", () => {
    const s = scenarioOf({
      nodes: [
        condition("c", [
          {
            combine: "all",
            clauses: [
              { variable: "g", op: "gt", value: 0 },
              { variable: "g", op: "lt", value: 9 },
            ],
          },
        ]),
        ending("e"),
      ],
      edges: edges("c:r0>e", "c:else>e"),
    });
    expect(found(s)).toHaveLength(1);
  });

  it("is quiet when every variable is defined", () => {
    expect(found(tidyScenario())).toEqual([]);
  });
});
