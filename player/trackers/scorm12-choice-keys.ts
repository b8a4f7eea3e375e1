/**
 * What a SCORM or xAPI tracker needs to know about the scenario's decisions
 * beyond what the player reports per answer. The exporter computes it into the
 * page's tracker config so the runtime stays free of scenario parsing.
 */
export interface DecisionKeys {
  /** Option id to the one-character response SCORM 1.2 `choice` interactions use ("a"..). */
  letters: Record<string, string>;
  /** Decision node id to the ids of its strong options (the correct responses). */
  strong: Record<string, string[]>;
}

export function readDecisionKeys(value: unknown): DecisionKeys {
  const v = (value ?? {}) as Partial<DecisionKeys>;
  return {
    letters: v.letters && typeof v.letters === "object" ? v.letters : {},
    strong: v.strong && typeof v.strong === "object" ? v.strong : {},
  };
}

/** Interaction results by quality: SCORM 1.2 says "wrong", 2004 "incorrect". */
export function resultFor(quality: string, wrong: "wrong" | "incorrect"): string {
  if (quality === "strong") return "correct";
  if (quality === "weak") return wrong;
  return "neutral";
}
