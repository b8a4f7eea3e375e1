import type { Outcome } from "../schema/nodes";
import type { PassingRule } from "../schema/scenario";
import type { ScenarioIndex } from "./scenario-index";
import { type DebriefRecord, type DimensionScore, EngineError, type RunState } from "./types";

/** Ratios are quotients of decimals: 0.7 may arrive as 0.6999999999999998. */
const EPSILON = 1e-9;

function clamp01(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value));
}

function dimensionScores(index: ScenarioIndex, state: RunState): DimensionScore[] {
  return index.scenario.rubric.dimensions.map((d) => {
    const points = state.scores[d.id] ?? 0;
    return {
      id: d.id,
      label: d.label,
      points,
      maxPoints: d.maxPoints,
      ratio: clamp01(points / d.maxPoints),
      weight: d.weight,
    };
  });
}

/** Weighted mean of the ratios; with all weights zero every dimension counts the same. */
function scaledOf(scores: readonly DimensionScore[]): number {
  if (scores.length === 0) return 0;
  const total = scores.reduce((sum, s) => sum + s.weight, 0);
  if (total <= 0) return scores.reduce((sum, s) => sum + s.ratio, 0) / scores.length;
  return clamp01(scores.reduce((sum, s) => sum + s.weight * s.ratio, 0) / total);
}

function outcomeAllowed(rule: PassingRule, outcome: Outcome): boolean {
  if (rule.requireOutcome === "success") return outcome === "success";
  if (rule.requireOutcome === "success-or-partial") return outcome !== "failure";
  return true;
}

export function passedBy(
  rule: PassingRule,
  scores: readonly DimensionScore[],
  scaled: number,
  outcome: Outcome,
): boolean | null {
  if (rule.mode === "none") return null;
  const scoreOk =
    rule.mode === "weighted"
      ? scaled + EPSILON >= rule.threshold
      : scores.every((s) => s.ratio + EPSILON >= rule.threshold);
  return scoreOk && outcomeAllowed(rule, outcome);
}

function labelled(
  index: ScenarioIndex,
  counts: ReadonlyMap<string, number>,
): { id: string; label: string; count: number }[] {
  // Scenario order first, so the debrief lists skills as the designer did.
  const out: { id: string; label: string; count: number }[] = [];
  for (const skill of index.scenario.skills) {
    const count = counts.get(skill.id);
    if (count) out.push({ id: skill.id, label: skill.label, count });
  }
  for (const [id, count] of counts)
    if (!index.skillLabels.has(id)) out.push({ id, label: id, count });
  return out;
}

function bump(counts: Map<string, number>, ids: readonly string[]): void {
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** The record of a finished run. Undone attempts stay in `path` but count for nothing else. */
export function buildDebrief(index: ScenarioIndex, state: RunState): DebriefRecord {
  const ending = index.nodes.get(state.nodeId);
  if (state.status !== "ended" || ending?.kind !== "ending")
    throw new EngineError("wrong-status", `a debrief needs an ended run, not ${state.status}`);
  const { settings, rubric } = index.scenario;
  const scores = dimensionScores(index, state);
  const scaled = scaledOf(scores);
  const passed = passedBy(rubric.passing, scores, scaled, ending.outcome);

  const practised = new Map<string, number>();
  const missed = new Map<string, number>();
  const counts = { strong: 0, mixed: 0, weak: 0, timeouts: 0 };
  const feedback: DebriefRecord["feedback"][number][] = [];
  let durationMs = 0;
  for (const step of state.path) {
    durationMs += step.ms ?? 0;
    if (step.undone || step.kind !== "decision" || !step.quality) continue;
    counts[step.quality]++;
    const found = step.optionId !== undefined ? index.options.get(step.optionId) : undefined;
    if (found) {
      bump(practised, found.option.skillsPractised);
      bump(missed, found.option.skillsMissed);
      feedback.push({
        nodeId: step.nodeId,
        optionId: found.option.id,
        quality: step.quality,
        feedback: found.option.feedback,
      });
    } else if (step.timedOut) {
      counts.timeouts++;
      const node = index.nodes.get(step.nodeId);
      const timer = node?.kind === "decision" ? node.timer : null;
      if (timer) {
        bump(missed, timer.skillsMissed);
        feedback.push({
          nodeId: step.nodeId,
          optionId: null,
          quality: "weak",
          feedback: timer.feedback,
        });
      }
    }
  }

  const confidence = (phase: "pre" | "post") =>
    mean(
      state.reflections
        .filter((r) => r.kind === "confidence" && r.phase === phase && typeof r.value === "number")
        .map((r) => r.value as number),
    );
  const pre = confidence("pre");
  const post = confidence("post");

  let success: DebriefRecord["success"];
  if (ending.lms.success === "passed") success = "passed";
  else if (ending.lms.success === "failed") success = "failed";
  else success = passed === null ? "unknown" : passed ? "passed" : "failed";

  return {
    endingId: ending.id,
    endingTitle: ending.title,
    outcome: ending.outcome,
    path: state.path,
    scores,
    scaled,
    passed,
    completion: ending.lms.completion,
    success,
    skillsPractised: labelled(index, practised),
    skillsMissed: labelled(index, missed),
    counts,
    retries: state.retries,
    reflections: state.reflections,
    confidenceShift: pre !== null && post !== null ? post - pre : null,
    durationMs,
    feedback: settings.feedbackMode === "end" ? feedback : [],
  };
}
