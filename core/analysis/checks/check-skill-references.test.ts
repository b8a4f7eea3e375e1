import { describe, expect, it } from "vitest";
import {
  decision,
  edges,
  ending,
  option,
  scenarioOf,
  tidyScenario,
  timer,
} from "../../../tests/factories/graph-shapes";
import { analyze } from "../analyze";

describe("unknown-skill", () => {
  it("reports skills named by options and timers that the scenario does not define", () => {
    const s = scenarioOf({
      skills: ["listen"],
      nodes: [
        decision(
          "d",
          [
            option("a", { skillsPractised: ["listen", "ghost"], skillsMissed: ["ghost"] }),
            option("b"),
          ],
          { timer: timer({ skillsMissed: ["late"] }) },
        ),
        ending("e"),
      ],
      edges: edges("d:a>e", "d:b>e", "d:timeout>e"),
    });
    const found = analyze(s).filter((d) => d.code === "unknown-skill");
    expect(found.map((d) => [d.optionId ?? null, d.message.match(/skill "(\w+)"/)?.[1]])).toEqual([
      [null, "late"],
      ["a", "ghost"],
    ]);
  });

  it("is quiet when every skill exists", () => {
    expect(analyze(tidyScenario()).filter((d) => d.code === "unknown-skill")).toEqual([]);
  });
});
