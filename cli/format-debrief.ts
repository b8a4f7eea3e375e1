import type { DebriefRecord, PathStep, ReflectionAnswer } from "../core";
import { formatTable } from "./format-table";

const percent = (ratio: number): string => `${Math.round(ratio * 1000) / 10}%`;
const signed = (n: number): string => (n > 0 ? `+${round(n)}` : `${round(n)}`);
function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function stepDetail(step: PathStep, answers: Map<PathStep, ReflectionAnswer>): string {
  if (step.kind === "decision") {
    if (step.timedOut) return "timed out (weak)";
    if (step.optionId) return `${step.optionId} (${step.quality})`;
    return "not answered";
  }
  const answer = answers.get(step);
  if (answer)
    return typeof answer.value === "string"
      ? `answered "${answer.value}"`
      : `answered ${answer.value}`;
  return "";
}

function moodOf(step: PathStep): string {
  if (step.moodBefore === undefined) return "";
  if (step.moodAfter === undefined || step.moodAfter === step.moodBefore)
    return `mood ${step.moodBefore}`;
  return `mood ${step.moodBefore} -> ${step.moodAfter}`;
}

/** A readable debrief: result, scores per dimension, counts, skills, reflections and the path. */
export function formatDebrief(record: DebriefRecord): string[] {
  const lines: string[] = [];
  const result =
    record.passed === null ? "no passing rule" : record.passed ? "passed" : "not passed";
  lines.push(`Ending: ${record.endingTitle} (${record.outcome}, ${record.endingId})`);
  lines.push(
    `Result: ${result}; LMS completion ${record.completion}, success ${record.success}; overall ${percent(record.scaled)}`,
  );
  if (record.scores.length > 0) {
    lines.push("Scores:");
    lines.push(
      ...formatTable(
        record.scores.map((s) => [
          s.label,
          `${round(s.points)}/${round(s.maxPoints)}`,
          percent(s.ratio),
          `weight ${s.weight}`,
        ]),
      ),
    );
  }
  const c = record.counts;
  lines.push(
    `Choices: ${c.strong} strong, ${c.mixed} mixed, ${c.weak} weak (${c.timeouts} timed out); retries ${record.retries}`,
  );
  const skills = (list: DebriefRecord["skillsPractised"]) =>
    list.length === 0
      ? "none"
      : list.map((s) => (s.count > 1 ? `${s.label} x${s.count}` : s.label)).join(", ");
  lines.push(`Skills practised: ${skills(record.skillsPractised)}`);
  lines.push(`Skills missed: ${skills(record.skillsMissed)}`);
  if (record.confidenceShift !== null)
    lines.push(`Confidence shift (post - pre): ${signed(record.confidenceShift)}`);

  // Reflection answers belong to the live (not undone) reflection steps, in order.
  const answers = new Map<PathStep, ReflectionAnswer>();
  const pending = [...record.reflections];
  for (const step of record.path) {
    if (step.kind !== "reflection" || step.undone) continue;
    const at = pending.findIndex((r) => r.nodeId === step.nodeId);
    if (at >= 0) answers.set(step, pending.splice(at, 1)[0]!);
  }
  lines.push("Path:");
  lines.push(
    ...formatTable(
      record.path.map((step, i) => [
        `${i + 1}.`,
        step.nodeId,
        step.kind,
        step.difficulty,
        stepDetail(step, answers) + (step.undone ? " [undone]" : ""),
        moodOf(step),
      ]),
    ),
  );
  if (record.feedback.length > 0)
    lines.push(`Feedback collected for the debrief: ${record.feedback.length} items`);
  return lines;
}
