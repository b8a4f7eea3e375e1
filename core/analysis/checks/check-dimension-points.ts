import type { Check } from "../check";
import { diagnostic } from "../diagnostic";
import { scoreRanges } from "../score-ranges";

/** Compares each dimension's maxPoints with the structural score range (see score-ranges.ts). */
export const checkDimensionPoints: Check = (ix, out) => {
  if (ix.start < 0 || !ix.leadsToEnding()[ix.start]) return;
  const ranges = scoreRanges(ix);
  for (const d of ix.scenario.rubric.dimensions) {
    const range = ranges[d.id]!;
    if (range.max > d.maxPoints) {
      const reach =
        range.max === Infinity
          ? "without limit (a loop adds points each time round)"
          : `up to ${range.max}`;
      out.push(
        diagnostic(
          "dimension-points-exceed-max",
          `Routes score ${reach} on "${d.label}" (${d.id}), above its maxPoints of ${d.maxPoints}: raise maxPoints or lower the points along the best route.`,
        ),
      );
    } else if (range.max < d.maxPoints) {
      out.push(
        diagnostic(
          "dimension-max-unreachable",
          `The best route scores ${range.max} on "${d.label}" (${d.id}), below its maxPoints of ${d.maxPoints}, so nobody gets full marks: lower maxPoints to ${range.max} or award more points.`,
        ),
      );
    }
  }
};
