import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aConnectedScenario, anEdge, aScenario, aScene } from "../../tests/factories/scenario";
import { scenarioArbitrary } from "../../tests/factories/scenario-arbitrary";
import { readScenario } from "./read-scenario";
import { writeScenario } from "./write-scenario";

describe("writeScenario", () => {
  it("writes 2-space JSON with a trailing newline", () => {
    const text = writeScenario(aConnectedScenario());
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.split("\n")[1]).toBe('  "format": "forkline.scenario",');
  });

  it("orders keys as the schema declares them, whatever order the object has", () => {
    const s = aConnectedScenario();
    const shuffled = JSON.parse(JSON.stringify(s), (_k, v) =>
      v && typeof v === "object" && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).reverse())
        : v,
    );
    expect(writeScenario(shuffled)).toBe(writeScenario(s));
    const topKeys = Object.keys(JSON.parse(writeScenario(shuffled)));
    expect(topKeys).toEqual([
      "format",
      "version",
      "meta",
      "variables",
      "mood",
      "skills",
      "rubric",
      "personas",
      "settings",
      "assets",
      "nodes",
      "edges",
    ]);
    const scene = JSON.parse(writeScenario(shuffled)).nodes.find(
      (n: { kind: string }) => n.kind === "scene",
    );
    expect(Object.keys(scene).slice(0, 5)).toEqual([
      "id",
      "position",
      "label",
      "kind",
      "personaId",
    ]);
  });

  it("sorts nodes and edges by id and record keys alphabetically, keeping meaningful list order", () => {
    const s = aScenario({
      nodes: [aScene({ id: "b" }), aScene({ id: "a" }), aScene({ id: "C" })],
      edges: [
        anEdge({ id: "e2", source: "a", target: "b" }),
        anEdge({ id: "e1", source: "b", target: "a" }),
      ],
    });
    const out = JSON.parse(writeScenario(s));
    expect(out.nodes.map((n: { id: string }) => n.id)).toEqual(["C", "a", "b"]);
    expect(out.edges.map((e: { id: string }) => e.id)).toEqual(["e1", "e2"]);
    const withPoints = aConnectedScenario();
    const decision = withPoints.nodes.find((n) => n.kind === "decision");
    if (decision?.kind !== "decision") throw new Error("no decision");
    decision.options[0]!.points = { z: 1, a: 2 };
    decision.options.reverse();
    const written = JSON.parse(writeScenario(withPoints)).nodes.find(
      (n: { id: string }) => n.id === decision.id,
    );
    expect(Object.keys(written.options[1].points)).toEqual(["a", "z"]);
    expect(written.options.map((o: { id: string }) => o.id)).toEqual(["bad", "good"]);
  });

  it("is byte-identical for equal scenarios and idempotent through a read", () => {
    const text = writeScenario(aConnectedScenario());
    const again = readScenario(text);
    if (!again.ok) throw new Error(JSON.stringify(again.errors));
    expect(writeScenario(again.scenario)).toBe(text);
  });

  it("round-trips any valid scenario losslessly (property)", () => {
    fc.assert(
      fc.property(scenarioArbitrary({ canonicalRichText: false }), (scenario) => {
        const text = writeScenario(scenario);
        const read = readScenario(text);
        if (!read.ok) throw new Error(JSON.stringify(read.errors));
        const byId = <T extends { id: string }>(xs: T[]) =>
          [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
        expect({
          ...read.scenario,
          nodes: byId(read.scenario.nodes),
          edges: byId(read.scenario.edges),
        }).toEqual({
          ...scenario,
          nodes: byId(scenario.nodes),
          edges: byId(scenario.edges),
        });
        expect(writeScenario(read.scenario)).toBe(text);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
