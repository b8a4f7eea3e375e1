import { describe, expect, it } from "vitest";
import {
  booleanVar,
  edges,
  ending,
  numberVar,
  scenarioOf,
  scene,
  tidyScenario,
} from "../../../tests/factories/graph-shapes";
import { analyze } from "../analyze";

const found = (s: Parameters<typeof analyze>[0]) =>
  analyze(s)
    .filter((d) => d.code === "unused-variable" || d.code === "variable-never-read")
    .map((d) => [d.code, d.message.match(/"(\w+)"/)?.[1]]);

describe("unused-variable and variable-never-read", () => {
  it("tells a variable nobody touches from one only written", () => {
    const s = scenarioOf({
      variables: [booleanVar("idle"), numberVar("written", 0)],
      nodes: [scene("s", { effects: [{ variable: "written", op: "add", value: 1 }] }), ending("e")],
      edges: edges("s:next>e"),
    });
    expect(found(s)).toEqual([
      ["unused-variable", "idle"],
      ["variable-never-read", "written"],
    ]);
  });

  it("counts the mood gauge and conditions as reads", () => {
    expect(found(tidyScenario())).toEqual([]);
  });
});
