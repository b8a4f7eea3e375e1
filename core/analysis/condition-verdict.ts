import { evaluateClause } from "../model/evaluate-condition";
import type { Clause, Condition, Variable } from "../schema/variables";
import {
  EMPTY,
  type IntervalSet,
  intersect,
  isEmpty,
  isSubset,
  satisfying,
  union,
} from "./interval-set";
import type { ValueDomain } from "./value-domains";

/** `invalid`: a clause names an undefined variable or mismatches its type; other checks report that. */
export type Verdict = "always" | "never" | "maybe" | "invalid";

/** Whether a clause fits its variable: same value type, and ordering operators on numbers only. */
export function clauseFits(clause: Clause, variable: Variable): boolean {
  if (typeof clause.value !== typeof variable.initial) return false;
  return clause.op === "eq" || clause.op === "neq" || variable.type === "number";
}

interface Group {
  domain: ValueDomain;
  clauses: Clause[];
}

/** How one variable's clauses fare over its domain: can they all hold at once, do they all always hold, can any hold, does one always hold. */
function judgeGroup({ domain, clauses }: Group): {
  allPossible: boolean;
  allAlways: boolean;
  anyPossible: boolean;
  anyAlways: boolean;
} {
  if (domain.type === "number" && clauses.length === 1) {
    // The common case, without the unions below.
    const s = satisfying(clauses[0]!.op, clauses[0]!.value as number);
    const possible = !isEmpty(intersect(domain.values, s));
    const always = isSubset(domain.values, s);
    return { allPossible: possible, allAlways: always, anyPossible: possible, anyAlways: always };
  }
  if (domain.type === "number") {
    const sets = clauses.map((c) => satisfying(c.op, c.value as number));
    let all: IntervalSet = domain.values;
    let any: IntervalSet = EMPTY;
    for (const s of sets) {
      all = intersect(all, s);
      any = union(any, s);
    }
    return {
      allPossible: !isEmpty(all),
      allAlways: sets.every((s) => isSubset(domain.values, s)),
      anyPossible: !isEmpty(intersect(domain.values, any)),
      anyAlways: isSubset(domain.values, any),
    };
  }
  let allPossible = false;
  let allAlways = true;
  let anyPossible = false;
  let anyAlways = true;
  for (const value of domain.values) {
    const state = { [clauses[0]!.variable]: value };
    const held = clauses.map((c) => evaluateClause(c, state));
    const all = held.every(Boolean);
    const some = held.some(Boolean);
    allPossible ||= all;
    allAlways &&= all;
    anyPossible ||= some;
    anyAlways &&= some;
  }
  return { allPossible, allAlways, anyPossible, anyAlways };
}

/**
 * Judges a condition over the product of the variables' domains. Treating the
 * variables as independent is again an over-approximation of the reachable
 * states, so "never" and "always" stay sound; within the product the verdict is
 * exact, including clauses on one variable that contradict (x > 5 and x < 3) or
 * cover everything together (x < 5 or x >= 5).
 */
export function conditionVerdict(
  condition: Condition,
  domains: ReadonlyMap<string, ValueDomain>,
  variables: ReadonlyMap<string, Variable>,
): Verdict {
  const groups = new Map<string, Group>();
  for (const clause of condition.clauses) {
    const variable = variables.get(clause.variable);
    const domain = domains.get(clause.variable);
    if (!variable || !domain || !clauseFits(clause, variable)) return "invalid";
    const group = groups.get(clause.variable);
    if (group) group.clauses.push(clause);
    else groups.set(clause.variable, { domain, clauses: [clause] });
  }
  const judged = [...groups.values()].map(judgeGroup);
  if (condition.combine === "all") {
    if (judged.some((g) => !g.allPossible)) return "never";
    return judged.every((g) => g.allAlways) ? "always" : "maybe";
  }
  if (judged.some((g) => g.anyAlways)) return "always";
  return judged.some((g) => g.anyPossible) ? "maybe" : "never";
}
