import type { Check } from "../check";
import { conditionVerdict } from "../condition-verdict";
import { diagnostic } from "../diagnostic";
import { describeConditionSite, siteLocation } from "../site-description";
import { describeDomain, valueDomains } from "../value-domains";

/**
 * Interval reasoning over what variables can hold (see value-domains.ts and
 * condition-verdict.ts): every claim made here is sound, a condition judged
 * "never" holds in no state any run reaches and one judged "always" holds in
 * all of them. Conditions it cannot settle are not reported.
 */
export const checkConditionRanges: Check = (ix, out) => {
  const domains = valueDomains(ix);
  for (const site of ix.conditionSites()) {
    const verdict = conditionVerdict(site.condition, domains, ix.variables);
    if (verdict !== "always" && verdict !== "never") continue;
    const names = [...new Set(site.condition.clauses.map((c) => c.variable))];
    const ranges = names.map((name) => `${name} can only be ${describeDomain(domains.get(name)!)}`);
    const because = ranges.length > 0 ? ` (${ranges.join("; ")})` : "";
    const what = capital(describeConditionSite(ix, site));
    const option = site.optionId !== undefined;
    if (verdict === "never") {
      const effect = option ? "the option is never shown" : "its port is never taken";
      out.push(
        diagnostic(
          "condition-never-holds",
          `${what} can never hold${because}, so ${effect}: change the values it tests or the effects that set them.`,
          siteLocation(ix, site),
        ),
      );
    } else {
      const effect = option
        ? "remove the show-condition, or change what it tests"
        : "later rules and the else port are never taken: change what it tests or move it last";
      out.push(
        diagnostic(
          "condition-always-holds",
          `${what} always holds${because}: ${effect}.`,
          siteLocation(ix, site),
        ),
      );
    }
  }
};

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
