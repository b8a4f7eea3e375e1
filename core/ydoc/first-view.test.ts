import { describe, expect, it } from "vitest";
import {
  aConnectedScenario,
  anEdge,
  aPersona,
  aScenario,
  aScene,
} from "../../tests/factories/scenario";
import { FirstViewSchema, READ_WHOLE_LIMIT, readFirstView } from "./first-view";
import { scenarioToYDoc } from "./scenario-to-ydoc";

/** A row of scenes far wider than one screen, each joined to the next; the start is the first. */
function aLongRow(count: number) {
  const nodes = Array.from({ length: count }, (_, i) =>
    aScene({ id: `s${i}`, position: { x: i * 400, y: 0 } }),
  );
  const edges = nodes
    .slice(1)
    .map((node, i) => anEdge({ id: `e${i}`, source: `s${i}`, target: node.id }));
  return aScenario({ nodes, edges, personas: [aPersona({ id: "dana", name: "Dana" })] });
}

describe("readFirstView", () => {
  it("gives a small scenario whole, with its edges and what its nodes need to be drawn", () => {
    const scenario = aConnectedScenario();
    const view = readFirstView(scenarioToYDoc(scenario));
    expect(FirstViewSchema.parse(view)).toEqual(view);
    expect(view.nodeCount).toBe(4);
    expect(view.nodes.map((n) => n.id).sort()).toEqual(["choice", "lose", "start", "win"]);
    expect(view.edges.map((e) => e.id).sort()).toEqual(["e-bad", "e-good", "e-start"]);
    expect(view.startNodeId).toBe("start");
    expect(view.title).toBe(scenario.meta.title);
    expect(view.nodes.find((n) => n.id === "start")).toEqual(
      scenario.nodes.find((n) => n.id === "start"),
    );
  });

  it("gives a large scenario's nodes around its start only, and only the edges between them", () => {
    const count = READ_WHOLE_LIMIT + 50;
    const view = readFirstView(scenarioToYDoc(aLongRow(count)));
    expect(view.nodeCount).toBe(count);
    const ids = view.nodes.map((n) => n.id);
    expect(ids).toContain("s0");
    expect(ids).not.toContain(`s${count - 1}`);
    expect(ids.length).toBeLessThan(20);
    const shown = new Set(ids);
    expect(view.edges.length).toBe(ids.length - 1);
    for (const edge of view.edges) {
      expect(shown.has(edge.source) && shown.has(edge.target)).toBe(true);
    }
    expect(view.personas).toEqual([{ id: "dana", name: "Dana" }]);
    expect(view.mood).toBeNull();
  });

  it("follows the start node wherever it is", () => {
    const count = READ_WHOLE_LIMIT + 50;
    const scenario = aLongRow(count);
    const last = `s${count - 1}`;
    const view = readFirstView(
      scenarioToYDoc({ ...scenario, settings: { ...scenario.settings, startNodeId: last } }),
    );
    expect(view.nodes.map((n) => n.id)).toContain(last);
    expect(view.nodes.map((n) => n.id)).not.toContain("s0");
  });
});
