import type { Check } from "../check";
import { diagnostic } from "../diagnostic";

/** An undefined gauge variable is reported by the undefined-variable check. */
export const checkMoodGauge: Check = (ix, out) => {
  const mood = ix.scenario.mood;
  if (!mood) return;
  const variable = ix.variables.get(mood.variable);
  if (variable && variable.type !== "number")
    out.push(
      diagnostic(
        "mood-variable-not-number",
        `The mood gauge reads "${variable.name}", a ${variable.type} variable: point it at a number variable.`,
      ),
    );
  for (let i = 1; i < mood.bands.length; i++) {
    const prev = mood.bands[i - 1]!;
    const band = mood.bands[i]!;
    if (band.from > prev.from) continue;
    out.push(
      diagnostic(
        "mood-bands-unordered",
        `Mood band "${band.label}" starts at ${band.from}, not above "${prev.label}" (${prev.from}): list bands from the lowest \`from\` to the highest, each starting higher than the last.`,
      ),
    );
  }
  if (variable?.type !== "number" || variable.max === null) return;
  for (const band of mood.bands)
    if (band.from > variable.max)
      out.push(
        diagnostic(
          "mood-band-out-of-range",
          `Mood band "${band.label}" starts at ${band.from}, above the maximum of "${variable.name}" (${variable.max}), so it is never shown: lower its start or raise the maximum.`,
        ),
      );
};
