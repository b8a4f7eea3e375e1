import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decision,
  edges,
  ending,
  type GraphShape,
  option,
  scenarioFromShape,
  scenarioOf,
} from "../../tests/factories/graph-shapes";
import { scoreRanges } from "./score-ranges";

const shape = (dag: boolean): fc.Arbitrary<Required<GraphShape>> =>
  fc.integer({ min: 2, max: 7 }).chain((n) =>
    fc
      .tuple(
        ...Array.from({ length: n }, (_, i) =>
          fc.array(
            fc.tuple(
              fc.integer({ min: dag ? Math.min(i + 1, n - 1) : 0, max: n - 1 }),
              fc.integer({ min: -3, max: 3 }),
            ),
            { maxLength: dag && i === n - 1 ? 0 : 3 },
          ),
        ),
      )
      .map((rows) => ({
        targets: rows.map((r) => r.map(([t]) => t)),
        points: rows.map((r) => r.map(([, p]) => p)),
      })),
  );

function dagExtremes({ targets, points }: Required<GraphShape>): [number, number] | null {
  const sums: number[] = [];
  const walk = (v: number, sum: number) => {
    if (targets[v]!.length === 0) sums.push(sum);
    targets[v]!.forEach((t, j) => {
      walk(t, sum + points[v]![j]!);
    });
  };
  walk(0, 0);
  return sums.length ? [Math.min(...sums), Math.max(...sums)] : null;
}

/**
 * Floyd-Warshall in the max-plus semiring over nodes on a start-to-ending
 * route: best[i][j] is the longest walk; best[v][v] > 0 flags a positive cycle.
 */
function walkExtreme({ targets, points }: Required<GraphShape>, sign: 1 | -1): number | null {
  const n = targets.length;
  const reachFrom = (v: number) => {
    const seen = new Set([v]);
    const stack = [v];
    while (stack.length)
      for (const t of targets[stack.pop()!]!)
        if (!seen.has(t)) {
          seen.add(t);
          stack.push(t);
        }
    return seen;
  };
  const fromStart = reachFrom(0);
  const onRoute = targets.map(
    (_, v) => fromStart.has(v) && [...reachFrom(v)].some((w) => targets[w]!.length === 0),
  );
  if (!onRoute[0]) return null;
  const best = targets.map(() => targets.map(() => -Infinity));
  targets.forEach((ts, i) => {
    ts.forEach((t, j) => {
      if (onRoute[i] && onRoute[t]) best[i]![t] = Math.max(best[i]![t]!, sign * points[i]![j]!);
    });
  });
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++)
        if (best[i]![k]! + best[k]![j]! > best[i]![j]!) best[i]![j] = best[i]![k]! + best[k]![j]!;
  if (targets.some((_, v) => onRoute[v] && best[v]![v]! > 0)) return Infinity;
  let result = targets[0]!.length === 0 ? 0 : -Infinity;
  targets.forEach((ts, e) => {
    if (ts.length === 0 && onRoute[e]) result = Math.max(result, best[0]![e]!);
  });
  return result;
}

describe("scoreRanges", () => {
  it("matches path enumeration on random DAGs", () => {
    fc.assert(
      fc.property(shape(true), (g) => {
        const range = scoreRanges(scenarioFromShape(g)).d!;
        const expected = dagExtremes(g);
        expect(range.unbounded).toBe(false);
        if (expected) expect([range.min, range.max]).toEqual(expected);
        else expect([range.min, range.max]).toEqual([0, 0]);
      }),
      { numRuns: 300 },
    );
  });

  it("matches max-plus Floyd-Warshall on random graphs with cycles, including unbounded loops", () => {
    fc.assert(
      fc.property(shape(false), (g) => {
        const range = scoreRanges(scenarioFromShape(g)).d!;
        const max = walkExtreme(g, 1);
        const min = walkExtreme(g, -1);
        if (max === null || min === null) {
          expect(range).toEqual({ min: 0, max: 0, unbounded: false });
          return;
        }
        expect(range.max).toBe(max);
        expect(range.min).toBe(0 - min);
        expect(range.unbounded).toBe(max === Infinity || min === Infinity);
      }),
      { numRuns: 400 },
    );
  });

  it("adds an option's points only on its dimension, and covers every rubric dimension", () => {
    const s = scenarioOf({
      dimensions: { care: 10, speed: 10 },
      nodes: [
        decision("d", [
          option("a", { points: { care: 2, speed: -1 } }),
          option("b", { points: { care: 1 } }),
        ]),
        ending("e"),
      ],
      edges: edges("d:a>e", "d:b>e"),
    });
    expect(scoreRanges(s)).toEqual({
      care: { min: 1, max: 2, unbounded: false },
      speed: { min: -1, max: 0, unbounded: false },
    });
  });
});
