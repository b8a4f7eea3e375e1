import type { ComparisonOperator } from "../schema/variables";

/** A real interval; infinite ends are always open. */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
  readonly loOpen: boolean;
  readonly hiOpen: boolean;
}

/** Sorted, disjoint, non-empty intervals: a finite union of intervals over the reals. */
export type IntervalSet = readonly Interval[];

export const EMPTY: IntervalSet = [];
export const ALL: IntervalSet = [{ lo: -Infinity, hi: Infinity, loOpen: true, hiOpen: true }];

export function interval(lo: number, hi: number, loOpen = false, hiOpen = false): IntervalSet {
  const i: Interval = {
    lo,
    hi,
    loOpen: loOpen || lo === -Infinity,
    hiOpen: hiOpen || hi === Infinity,
  };
  return isEmptyInterval(i) ? EMPTY : [i];
}

export const point = (v: number): IntervalSet => interval(v, v);

function isEmptyInterval(i: Interval): boolean {
  return i.lo > i.hi || (i.lo === i.hi && (i.loOpen || i.hiOpen));
}

function meet(a: Interval, b: Interval): Interval | null {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  const loOpen = (a.lo === lo && a.loOpen) || (b.lo === lo && b.loOpen);
  const hiOpen = (a.hi === hi && a.hiOpen) || (b.hi === hi && b.hiOpen);
  const i = { lo, hi, loOpen, hiOpen };
  return isEmptyInterval(i) ? null : i;
}

export function intersect(a: IntervalSet, b: IntervalSet): IntervalSet {
  const out: Interval[] = [];
  // Pieces of a sorted set meet pieces of another in sorted order: no re-sorting needed.
  for (const x of a)
    for (const y of b) {
      const i = meet(x, y);
      if (i) out.push(i);
    }
  return out;
}

export function complement(a: IntervalSet): IntervalSet {
  const out: Interval[] = [];
  let lo = -Infinity;
  let loOpen = true;
  for (const i of a) {
    const gap = { lo, hi: i.lo, loOpen, hiOpen: !i.loOpen };
    if (!isEmptyInterval(gap)) out.push(gap);
    lo = i.hi;
    loOpen = !i.hiOpen;
  }
  if (lo !== Infinity) {
    const last = { lo, hi: Infinity, loOpen: loOpen || lo === -Infinity, hiOpen: true };
    if (!isEmptyInterval(last)) out.push(last);
  }
  return out;
}

export const union = (a: IntervalSet, b: IntervalSet): IntervalSet =>
  complement(intersect(complement(a), complement(b)));

export const isEmpty = (a: IntervalSet): boolean => a.length === 0;

export const isSubset = (a: IntervalSet, b: IntervalSet): boolean =>
  isEmpty(intersect(a, complement(b)));

/** Values of a number variable that satisfy `variable op value`, as `evaluateClause` decides. */
export function satisfying(op: ComparisonOperator, value: number): IntervalSet {
  switch (op) {
    case "eq":
      return point(value);
    case "neq":
      return complement(point(value));
    case "lt":
      return interval(-Infinity, value, true, true);
    case "lte":
      return interval(-Infinity, value, true, false);
    case "gt":
      return interval(value, Infinity, true, true);
    case "gte":
      return interval(value, Infinity, false, true);
  }
}
