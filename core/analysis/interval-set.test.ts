import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMPARISON_OPERATORS } from "../schema/variables";
import {
  complement,
  type IntervalSet,
  intersect,
  isSubset,
  satisfying,
  union,
} from "./interval-set";

const contains = (set: IntervalSet, x: number): boolean =>
  set.some((i) => (i.loOpen ? x > i.lo : x >= i.lo) && (i.hiOpen ? x < i.hi : x <= i.hi));

const small = fc.integer({ min: -5, max: 5 });
const clauseSet = fc
  .tuple(fc.constantFrom(...COMPARISON_OPERATORS), small)
  .map(([op, v]) => satisfying(op, v));
const anySet = fc
  .array(clauseSet, { minLength: 1, maxLength: 3 })
  .chain((sets) =>
    fc
      .boolean()
      .map((useUnion) => sets.reduce((a, b) => (useUnion ? union(a, b) : intersect(a, b)))),
  );
/** Probe points on and between the integer thresholds, where open and closed ends differ. */
const probes = Array.from({ length: 25 }, (_, i) => -6 + i * 0.5);

describe("interval sets", () => {
  it("agree with pointwise set algebra", () => {
    fc.assert(
      fc.property(anySet, anySet, (a, b) => {
        for (const x of probes) {
          expect(contains(intersect(a, b), x)).toBe(contains(a, x) && contains(b, x));
          expect(contains(union(a, b), x)).toBe(contains(a, x) || contains(b, x));
          expect(contains(complement(a), x)).toBe(!contains(a, x));
        }
        if (isSubset(a, b))
          for (const x of probes) if (contains(a, x)) expect(contains(b, x)).toBe(true);
      }),
    );
  });

  it("keep pieces sorted and disjoint", () => {
    fc.assert(
      fc.property(anySet, anySet, (a, b) => {
        for (const set of [intersect(a, b), union(a, b), complement(a)])
          for (let i = 1; i < set.length; i++)
            expect(set[i]!.lo).toBeGreaterThanOrEqual(set[i - 1]!.hi);
      }),
    );
  });
});
