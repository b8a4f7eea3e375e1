import type { Check } from "../check";
import { diagnostic } from "../diagnostic";
import { describeConditionSite, describeEffectSite, siteLocation } from "../site-description";

const fix = "define the variable or pick an existing one";

export const checkUndefinedVariables: Check = (ix, out) => {
  for (const site of ix.conditionSites()) {
    const missing = new Set<string>();
    for (const c of site.condition.clauses)
      if (!ix.variables.has(c.variable)) missing.add(c.variable);
    for (const name of missing)
      out.push(
        diagnostic(
          "undefined-variable",
          `${capital(describeConditionSite(ix, site))} reads "${name}", which is not defined: ${fix}.`,
          siteLocation(ix, site),
        ),
      );
  }
  for (const site of ix.effectSites()) {
    const name = site.effect.variable;
    if (!ix.variables.has(name))
      out.push(
        diagnostic(
          "undefined-variable",
          `${capital(describeEffectSite(ix, site))} changes "${name}", which is not defined: ${fix}.`,
          siteLocation(ix, site),
        ),
      );
  }
  const mood = ix.scenario.mood;
  if (mood && !ix.variables.has(mood.variable))
    out.push(
      diagnostic(
        "undefined-variable",
        `The mood gauge reads "${mood.variable}", which is not defined: ${fix} (a number).`,
      ),
    );
};

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
