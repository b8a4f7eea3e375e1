import type { Check } from "../check";
import { diagnostic } from "../diagnostic";

export const checkUnusedVariables: Check = (ix, out) => {
  const read = new Set<string>();
  const written = new Set<string>();
  for (const site of ix.conditionSites())
    for (const c of site.condition.clauses) read.add(c.variable);
  for (const site of ix.effectSites()) written.add(site.effect.variable);
  if (ix.scenario.mood) read.add(ix.scenario.mood.variable);
  for (const v of ix.scenario.variables) {
    if (read.has(v.name)) continue;
    if (written.has(v.name))
      out.push(
        diagnostic(
          "variable-never-read",
          `Variable "${v.name}" is changed by effects but no condition or gauge reads it: use it in a condition or remove it with its effects.`,
        ),
      );
    else
      out.push(
        diagnostic(
          "unused-variable",
          `Variable "${v.name}" is never used: use it in a condition or effect, or delete it.`,
        ),
      );
  }
};
