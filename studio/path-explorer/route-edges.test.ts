import { describe, expect, it } from "vitest";
import { createEngine } from "../../core";
import {
  condition,
  decision,
  edges,
  ending,
  numberVar,
  option,
  scenarioOf,
  scene,
} from "../../tests/factories/graph-shapes";
import { edgesOfExploredPath, routeIndexOf, routeOfRun } from "./route-edges";

/**
 * s1 -> d1: option "calm" (+3 trust) and "curt" (-3 trust) both lead to the
 * condition c1; c1 sends trust >= 5 to s2, else to the ending "bad"; s2 ends "good".
 */
function branching() {
  return scenarioOf({
    variables: [numberVar("trust", 4, 0, 10)],
    nodes: [
      scene("s1"),
      decision("d1", [
        option("calm", { effects: [{ variable: "trust", op: "add", value: 3 }] }),
        option("curt", { effects: [{ variable: "trust", op: "add", value: -3 }] }),
      ]),
      condition("c1", [{ combine: "all", clauses: [{ variable: "trust", op: "gte", value: 5 }] }]),
      scene("s2"),
      ending("good"),
      ending("bad", "failure"),
    ],
    edges: edges(
      "s1:next>d1",
      "d1:calm>c1",
      "d1:curt>c1",
      "c1:r0>s2",
      "c1:else>bad",
      "s2:next>good",
    ),
  });
}

describe("routeOfRun", () => {
  it("draws a run through the condition nodes the engine resolved on its own", () => {
    const scenario = branching();
    const engine = createEngine(scenario);
    let state = engine.start();
    state = engine.continue(state);
    state = engine.choose(state, "calm");
    state = engine.continue(state); // leaves the feedback: c1 resolves to s2
    expect(state.nodeId).toBe("s2");
    const route = routeOfRun(routeIndexOf(scenario), state.path);
    expect(route.nodeIds).toEqual(["s1", "d1", "c1", "s2"]);
    expect(route.edgeIds).toEqual(["e0", "e1", "e3"]);
  });

  it("leaves out attempts undone by a retry and follows the option chosen instead", () => {
    const scenario = branching();
    const engine = createEngine(scenario);
    let state = engine.continue(engine.start());
    state = engine.choose(state, "curt");
    state = engine.retry(state);
    state = engine.choose(state, "calm");
    state = engine.continue(state);
    state = engine.continue(state);
    expect(state.nodeId).toBe("good");
    const route = routeOfRun(routeIndexOf(scenario), state.path);
    expect(route.nodeIds).toEqual(["s1", "d1", "c1", "s2", "good"]);
    // The "curt" edge (e2) was undone: only the "calm" edge (e1) is drawn.
    expect(route.edgeIds).toEqual(["e0", "e1", "e3", "e5"]);
  });

  it("breaks the line instead of guessing when a step no longer connects", () => {
    const scenario = branching();
    const path = [
      { nodeId: "s1", kind: "scene" as const, difficulty: "standard" as const },
      { nodeId: "good", kind: "ending" as const, difficulty: "standard" as const },
    ];
    expect(routeOfRun(routeIndexOf(scenario), path)).toEqual({
      nodeIds: ["s1", "good"],
      edgeIds: [],
    });
  });
});

describe("edgesOfExploredPath", () => {
  it("tells apart two options that lead to the same node", () => {
    const ix = routeIndexOf(branching());
    const nodes = ["s1", "d1", "c1", "bad"];
    expect(edgesOfExploredPath(ix, nodes, ["curt"])).toEqual(["e0", "e2", "e4"]);
    expect(edgesOfExploredPath(ix, ["s1", "d1", "c1", "s2", "good"], ["calm"])).toEqual([
      "e0",
      "e1",
      "e3",
      "e5",
    ]);
  });

  it("uses the first edge of a port, as the engine does", () => {
    const scenario = branching();
    scenario.edges.push({ id: "late", source: "s1", sourcePort: "next", target: "bad" });
    const ix = routeIndexOf(scenario);
    expect(ix.ports.get("s1")?.get("next")).toEqual({ id: "e0", target: "d1" });
  });
});
