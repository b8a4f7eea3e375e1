import { clampToVariable } from "../model/apply-effects";
import type { VariableValue } from "../schema/variables";
import type { AnalysisIndex } from "./analysis-index";
import { type IntervalSet, interval } from "./interval-set";

export type ValueDomain =
  | { readonly type: "number"; readonly values: IntervalSet }
  | { readonly type: "boolean" | "text"; readonly values: ReadonlySet<VariableValue> };

/**
 * For every variable, a set that contains every value it can hold in any run:
 * its initial value, every value a `set` effect anywhere in the scenario can
 * assign (clamped as `applyEffects` clamps), and for numbers that some `add`
 * can move up or down, everything up to the max or down to the min (unbounded
 * without one). Effects `applyEffects` would skip (wrong type, unknown
 * variable) are ignored, as it ignores them.
 *
 * This is an over-approximation, sound for "can never" and "always" claims: a
 * value outside the domain is never held. It ignores effect order, route
 * structure and integrality (+2 steps from 0 never reach 1, yet 1 is in the
 * interval), so it can admit values no run produces; claims built on it then
 * stay silent, they are never wrong.
 */
export function valueDomains(ix: AnalysisIndex): ReadonlyMap<string, ValueDomain> {
  return ix.memo("valueDomains", () => {
    const points = new Map<string, number[]>();
    const up = new Set<string>();
    const down = new Set<string>();
    const finite = new Map<string, Set<VariableValue>>();
    for (const v of ix.scenario.variables) {
      if (v.type === "number") points.set(v.name, [v.initial]);
      else finite.set(v.name, new Set<VariableValue>([v.initial]));
    }
    for (const { effect } of ix.effectSites()) {
      const variable = ix.variables.get(effect.variable);
      if (!variable) continue;
      if (variable.type === "number") {
        if (typeof effect.value !== "number") continue;
        if (effect.op === "set")
          points.get(variable.name)!.push(clampToVariable(variable, effect.value));
        else if (effect.value > 0) up.add(variable.name);
        else if (effect.value < 0) down.add(variable.name);
      } else if (effect.op === "set" && typeof effect.value === typeof variable.initial) {
        finite.get(variable.name)!.add(effect.value);
      }
    }
    const domains = new Map<string, ValueDomain>();
    for (const v of ix.scenario.variables) {
      if (v.type !== "number") {
        domains.set(v.name, { type: v.type, values: finite.get(v.name)! });
        continue;
      }
      const ps = points.get(v.name)!;
      let values: IntervalSet;
      if (!up.has(v.name) && !down.has(v.name)) {
        values = [...new Set(ps)]
          .sort((a, b) => a - b)
          .map((p) => ({ lo: p, hi: p, loOpen: false, hiOpen: false }));
      } else {
        let lo = Infinity;
        let hi = -Infinity;
        for (const p of ps) {
          if (p < lo) lo = p;
          if (p > hi) hi = p;
        }
        if (down.has(v.name)) lo = v.min ?? -Infinity;
        if (up.has(v.name)) hi = v.max ?? Infinity;
        values = interval(lo, hi);
      }
      domains.set(v.name, { type: "number", values });
    }
    return domains;
  });
}

const show = (x: number): string => (Number.isInteger(x) ? String(x) : x.toPrecision(6));

/** A short human reading of a domain, for messages: "0 to 10", "at least 3", "true", "\"chat\" or \"email\"". */
export function describeDomain(domain: ValueDomain): string {
  if (domain.type !== "number")
    return [...domain.values].map((v) => JSON.stringify(v)).join(" or ");
  return domain.values
    .map((i) => {
      if (i.lo === i.hi) return show(i.lo);
      if (i.lo === -Infinity && i.hi === Infinity) return "any number";
      if (i.lo === -Infinity) return `at most ${show(i.hi)}`;
      if (i.hi === Infinity) return `at least ${show(i.lo)}`;
      return `${show(i.lo)} to ${show(i.hi)}`;
    })
    .join(" or ");
}
