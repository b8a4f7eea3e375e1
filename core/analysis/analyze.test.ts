import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  decision,
  edges,
  ending,
  scenarioOf,
  scene,
  tidyScenario,
} from "../../tests/factories/graph-shapes";
import { ScenarioSchema } from "../schema/scenario";
import { AnalysisIndex } from "./analysis-index";
import { analyze } from "./analyze";
import { DIAGNOSTIC_CODES } from "./diagnostic";

describe("analyze", () => {
  it("finds nothing in a tidy scenario, which is also schema-valid", () => {
    const s = tidyScenario();
    expect(ScenarioSchema.safeParse(s).success).toBe(true);
    expect(analyze(s)).toEqual([]);
  });

  it("accepts a prebuilt index and gives the same result", () => {
    const s = scenarioOf({ nodes: [scene("a"), scene("b")], edges: edges("a:next>b") });
    expect(analyze(new AnalysisIndex(s))).toEqual(analyze(s));
  });

  it("sorts errors first and does not depend on the order of nodes in the file", () => {
    const s = scenarioOf({
      nodes: [scene("a"), decision("d", ["x"]), scene("lost"), ending("end")],
      edges: edges("a:next>d", "d:x>end", "d:x>a", "a:next>ghost"),
    });
    const found = analyze(s);
    const severities = found.map((d) => d.severity);
    expect(severities).toEqual([...severities].sort((x, y) => rank(x) - rank(y)));
    // Edge order does matter: the first edge of a port is the one followed.
    const shuffled = { ...s, nodes: [...s.nodes].reverse() };
    const again = analyze(shuffled).map((d) => [d.code, d.nodeId, d.optionId]);
    expect(again).toEqual(found.map((d) => [d.code, d.nodeId, d.optionId]));
  });

  it("gives every diagnostic the severity of its code, and a message that says how to fix it", () => {
    const s = scenarioOf({
      nodes: [scene("a"), decision("d", ["x"]), scene("lost")],
      edges: edges("a:next>d", "d:x>nowhere"),
      variables: [{ name: "unused", description: "", type: "boolean", initial: false }],
    });
    const found = analyze(s);
    expect(found.length).toBeGreaterThan(3);
    for (const d of found) {
      expect(d.severity).toBe(DIAGNOSTIC_CODES[d.code].severity);
      expect(d.message).toMatch(/: /);
    }
  });

  it("documents exactly the codes it can emit in DIAGNOSTICS.md", () => {
    const table = readFileSync(new URL("./DIAGNOSTICS.md", import.meta.url), "utf8");
    const rows = [...table.matchAll(/^\|\s*`([a-z-]+)`\s*\|\s*(error|warning|info)\s*\|/gm)].map(
      (m) => [m[1], m[2]],
    );
    expect(rows).toEqual(Object.entries(DIAGNOSTIC_CODES).map(([code, v]) => [code, v.severity]));
  });
});

const rank = (s: string) => ["error", "warning", "info"].indexOf(s);
