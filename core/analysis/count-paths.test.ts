import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateScenario } from "../../bench/support/generate-scenario";
import {
  edges,
  ending,
  type GraphShape,
  scenarioFromShape,
  scenarioOf,
  scene,
} from "../../tests/factories/graph-shapes";
import { countPaths } from "./count-paths";

/** Random graphs of 2-8 nodes; in a DAG every option points forward. Nodes with no targets are endings. */
const shape = (dag: boolean): fc.Arbitrary<GraphShape> =>
  fc
    .integer({ min: 2, max: 8 })
    .chain((n) =>
      fc
        .tuple(
          ...Array.from({ length: n }, (_, i) =>
            dag && i === n - 1
              ? fc.constant([] as number[])
              : fc.array(fc.integer({ min: dag ? i + 1 : 0, max: n - 1 }), { maxLength: 3 }),
          ),
        )
        .map((targets) => ({ targets })),
    );

function enumerateDagPaths(targets: number[][]): string[] {
  const out: string[] = [];
  const walk = (v: number, trail: string) => {
    if (targets[v]!.length === 0) out.push(trail);
    targets[v]!.forEach((t, j) => {
      walk(t, `${trail}/${v}.${j}`);
    });
  };
  walk(0, "");
  return out;
}

/** Recursive reference: mark depth-first back edges from node 0 (ports in order), then enumerate paths avoiding them. */
function referenceCount(targets: number[][]): number {
  const color = targets.map(() => 0);
  const back = new Set<string>();
  const dfs = (v: number) => {
    color[v] = 1;
    targets[v]!.forEach((t, j) => {
      if (color[t] === 1) back.add(`${v}.${j}`);
      else if (color[t] === 0) dfs(t);
    });
    color[v] = 2;
  };
  dfs(0);
  let count = 0;
  const walk = (v: number) => {
    if (targets[v]!.length === 0) count++;
    targets[v]!.forEach((t, j) => {
      if (!back.has(`${v}.${j}`)) walk(t);
    });
  };
  walk(0);
  return count;
}

function simplePathCount(targets: number[][]): number {
  let count = 0;
  const seen = new Set<number>();
  const walk = (v: number) => {
    if (targets[v]!.length === 0) count++;
    seen.add(v);
    for (const t of targets[v]!) if (!seen.has(t)) walk(t);
    seen.delete(v);
  };
  walk(0);
  return count;
}

/** Nodes reachable from 0, reaching an ending, and lying on a cycle. */
function referenceCycleNodes(targets: number[][]): string[] {
  const reach = (from: number): Set<number> => {
    const seen = new Set<number>();
    const stack = [...targets[from]!];
    while (stack.length) {
      const v = stack.pop()!;
      if (seen.has(v)) continue;
      seen.add(v);
      stack.push(...targets[v]!);
    }
    return seen;
  };
  const fromStart = reach(0).add(0);
  return targets
    .map((_, v) => v)
    .filter(
      (v) =>
        fromStart.has(v) && reach(v).has(v) && [...reach(v)].some((w) => targets[w]!.length === 0),
    )
    .map((v) => `n${v}`);
}

describe("countPaths", () => {
  it("matches brute-force enumeration on random DAGs", () => {
    fc.assert(
      fc.property(shape(true), ({ targets }) => {
        const result = countPaths(scenarioFromShape({ targets }));
        const listed = enumerateDagPaths(targets);
        expect(new Set(listed).size).toBe(listed.length);
        expect(result.count).toBe(BigInt(listed.length));
        expect(result.cyclic).toBe(false);
        expect(result.cycleNodeIds).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("on graphs with cycles counts the paths without loop-back edges and names the nodes on cycles", () => {
    fc.assert(
      fc.property(shape(false), ({ targets }) => {
        const result = countPaths(scenarioFromShape({ targets }));
        expect(result.count).toBe(BigInt(referenceCount(targets)));
        expect(result.count <= BigInt(simplePathCount(targets))).toBe(true);
        expect(result.cycleNodeIds).toEqual(referenceCycleNodes(targets));
        expect(result.cyclic).toBe(result.cycleNodeIds.length > 0);
      }),
      { numRuns: 300 },
    );
  });

  it("counts a decision's timeout as its own edge, and stops at endings", () => {
    const s = scenarioFromShape({ targets: [[1, 1, 2], [2], []] });
    expect(countPaths(s).count).toBe(3n);
  });

  it("gives 0 without a start", () => {
    const s = scenarioOf({
      nodes: [scene("a"), ending("e")],
      edges: edges("a:next>e"),
      start: null,
    });
    expect(countPaths(s)).toEqual({ count: 0n, cyclic: false, cycleNodeIds: [] });
  });

  it("counts 2^200 paths through 200 diamonds exactly", () => {
    const targets: number[][] = [];
    for (let k = 0; k < 200; k++) targets.push([2 * k + 1, 2 * k + 2], [2 * k + 2]);
    targets.push([]);
    // Every decision in the second slot of a diamond has one option: the count doubles per diamond.
    expect(countPaths(scenarioFromShape({ targets })).count).toBe(2n ** 200n);
  });

  it("handles a 20,000-node chain without recursion", () => {
    const targets = Array.from({ length: 20_000 }, (_, i) => (i === 19_999 ? [] : [i + 1]));
    expect(countPaths(scenarioFromShape({ targets })).count).toBe(1n);
  });

  it("finds more than 10^30 paths in the 5,000-node layered benchmark graph, which has no cycles", () => {
    const result = countPaths(generateScenario({ nodes: 5000, seed: 1, layered: true }));
    expect(result.count > 10n ** 30n).toBe(true);
    expect(result.cyclic).toBe(false);
  });

  it("reports the cycles of the windowed generator, which all have a way out", () => {
    const result = countPaths(generateScenario({ nodes: 2000, seed: 7, backEdgeRate: 0.1 }));
    expect(result.cyclic).toBe(true);
    expect(result.count > 0n).toBe(true);
  });
});
