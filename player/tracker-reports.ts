import type { PathStep, RunState, View } from "../core";
import { plainTextOf } from "../core";
import type { TrackerChoice } from "./tracker";
import { chosenOption, isAnswered } from "./views/past-steps";
import type { PlayerContext } from "./views/player-context";

type DecisionView = Extract<View, { kind: "decision" }>;

function lastAnswer(path: readonly PathStep[], nodeId: string): PathStep | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const step = path[i]!;
    if (step.nodeId === nodeId && !step.undone && isAnswered(step)) return step;
  }
  return undefined;
}

/** What the tracker hears about one answered decision, from the states before and after it. */
export function choiceReport(
  ctx: PlayerContext,
  before: RunState,
  shown: DecisionView,
  after: RunState,
  ms: number,
): TrackerChoice {
  const step = lastAnswer(after.path, shown.nodeId);
  const option = step ? chosenOption(ctx, step) : null;
  const node = ctx.nodes.get(shown.nodeId);
  const timer = node?.kind === "decision" ? node.timer : null;
  const points: Record<string, number> = {};
  for (const id in after.scores) {
    const delta = (after.scores[id] ?? 0) - (before.scores[id] ?? 0);
    if (delta !== 0) points[id] = delta;
  }
  let index = -1;
  for (const s of after.path) if (isAnswered(s)) index++;
  return {
    nodeId: shown.nodeId,
    prompt: plainTextOf(shown.prompt),
    optionId: option?.id ?? null,
    optionText: option
      ? (shown.options.find((o) => o.id === option.id)?.text ?? option.text)
      : null,
    choices: shown.options.map((o) => ({ id: o.id, text: o.text })),
    timedOut: !option,
    quality: step?.quality ?? "weak",
    ms,
    points,
    skillsPractised: option ? option.skillsPractised : [],
    skillsMissed: option ? option.skillsMissed : (timer?.skillsMissed ?? []),
    mood: step?.moodAfter ?? null,
    index,
  };
}
