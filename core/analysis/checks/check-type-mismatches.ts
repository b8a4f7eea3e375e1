import type { Check } from "../check";
import { clauseFits } from "../condition-verdict";
import { diagnostic } from "../diagnostic";
import { describeConditionSite, describeEffectSite, siteLocation } from "../site-description";

const typeName = (value: unknown): string => (typeof value === "string" ? "text" : typeof value);

/** Mismatched clauses are always false and mismatched effects are skipped by the player: both are silent bugs. */
export const checkTypeMismatches: Check = (ix, out) => {
  for (const site of ix.conditionSites()) {
    for (const c of site.condition.clauses) {
      const v = ix.variables.get(c.variable);
      if (!v || clauseFits(c, v)) continue;
      const why =
        v.type !== "number" && c.op !== "eq" && c.op !== "neq"
          ? `compares ${v.type} variable "${v.name}" with "${c.op}", which only orders numbers: use eq or neq`
          : `compares ${v.type} variable "${v.name}" with the ${typeName(c.value)} ${JSON.stringify(c.value)}, so it is never true: compare with a ${v.type} value`;
      out.push(
        diagnostic(
          "type-mismatch",
          `${capital(describeConditionSite(ix, site))} ${why}.`,
          siteLocation(ix, site),
        ),
      );
    }
  }
  for (const site of ix.effectSites()) {
    const { effect } = site;
    const v = ix.variables.get(effect.variable);
    if (!v) continue;
    let why: string | null = null;
    if (effect.op === "add" && v.type !== "number")
      why = `adds to ${v.type} variable "${v.name}"; only numbers can be added to: use "set"`;
    else if (typeof effect.value !== typeof v.initial)
      why = `gives ${v.type} variable "${v.name}" the ${typeName(effect.value)} ${JSON.stringify(effect.value)}, which the player skips: use a ${v.type} value`;
    if (why)
      out.push(
        diagnostic(
          "type-mismatch",
          `${capital(describeEffectSite(ix, site))} ${why}.`,
          siteLocation(ix, site),
        ),
      );
  }
};

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
