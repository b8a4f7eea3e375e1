import { moodBandFor } from "../model/mood-band";
import type { DecisionNode, ReflectionNode } from "../schema/nodes";
import type { VariableValue } from "../schema/variables";
import { buildDebrief } from "./build-debrief";
import { scaleSize } from "./check-input";
import { moodValue } from "./enter-node";
import type { Trail } from "./run-trail";
import type { ScenarioIndex } from "./scenario-index";
import { EngineError, type MoodReading, type RunState, type View } from "./types";
import { optionText, visibleOptions } from "./visible-options";

const CONFIDENCE_LABELS = [
  "Not confident at all",
  "Slightly confident",
  "Somewhat confident",
  "Confident",
  "Very confident",
];
const LIKERT_LABELS = ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"];

export function moodReading(
  index: ScenarioIndex,
  vars: Readonly<Record<string, VariableValue>>,
): MoodReading | null {
  const value = moodValue(index, vars);
  const gauge = index.scenario.mood;
  if (value === undefined || !gauge) return null;
  return { value, band: moodBandFor(gauge, value) };
}

function scaleLabels(node: ReflectionNode): readonly string[] {
  if (node.reflectionKind === "text") return [];
  if (node.reflectionKind === "likert") return node.scale ?? LIKERT_LABELS;
  // Confidence is always 1-5; custom labels apply only when there are five of them.
  return node.scale?.length === scaleSize(node) ? node.scale : CONFIDENCE_LABELS;
}

function feedbackView(
  index: ScenarioIndex,
  state: RunState,
  trail: Trail,
  node: DecisionNode,
  canRetry: boolean,
): View {
  const step = state.path[state.path.length - 1]!;
  const checkpoint = trail.checkpoints;
  if (!checkpoint || checkpoint.pathIndex !== state.path.length - 1)
    throw new EngineError("bad-state", "the feedback has no decision to refer to");
  const before = checkpoint.snapshot.vars;
  const option = step.optionId !== undefined ? index.options.get(step.optionId)?.option : undefined;
  const timer = node.timer;
  // Only the answer's effects can have changed anything: no need to compare every variable.
  const effects = option ? option.effects : (timer?.effects ?? []);
  const changes: { variable: string; before: VariableValue; after: VariableValue }[] = [];
  for (const name of new Set(effects.map((e) => e.variable))) {
    const was = before[name];
    const now = state.vars[name];
    if (was !== undefined && now !== undefined && was !== now)
      changes.push({ variable: name, before: was, after: now });
  }
  const label = (id: string) => ({ id, label: index.skillLabels.get(id) ?? id });
  return {
    kind: "feedback",
    nodeId: node.id,
    optionId: option?.id ?? null,
    optionText: option ? optionText(option, step.difficulty) : null,
    timedOut: !option,
    quality: step.quality ?? "weak",
    feedback: option ? option.feedback : (timer?.feedback ?? { type: "doc" }),
    moodBefore: moodReading(index, before),
    moodAfter: moodReading(index, state.vars),
    changes,
    skillsPractised: (option?.skillsPractised ?? []).map(label),
    skillsMissed: (option ? option.skillsMissed : (timer?.skillsMissed ?? [])).map(label),
    canRetry,
  };
}

/** What the learner sees for a state: text at the run's level, visible options, mood. */
export function buildView(
  index: ScenarioIndex,
  state: RunState,
  trail: Trail,
  canRetry: boolean,
): View {
  const node = index.nodes.get(state.nodeId);
  const mismatch = () =>
    new EngineError("bad-state", `"${state.nodeId}" does not fit the status ${state.status}`);
  switch (state.status) {
    case "scene": {
      if (node?.kind !== "scene") throw mismatch();
      const text =
        state.difficulty === "standard"
          ? node.text
          : (node.variants[state.difficulty] ?? node.text);
      return {
        kind: "scene",
        nodeId: node.id,
        persona: node.personaId ? (index.personas.get(node.personaId) ?? null) : null,
        text,
        contextCards: node.contextCards,
        media: node.media,
        mood: moodReading(index, state.vars),
      };
    }
    case "decision": {
      if (node?.kind !== "decision") throw mismatch();
      const shown = visibleOptions(
        node,
        state.difficulty,
        state.vars,
        index.scenario.settings,
        state.seed,
      );
      return {
        kind: "decision",
        nodeId: node.id,
        prompt: node.prompt,
        options: shown.map((s) => ({ id: s.option.id, text: s.text })),
        timer: node.timer ? { seconds: node.timer.seconds } : null,
        mood: moodReading(index, state.vars),
      };
    }
    case "feedback":
      if (node?.kind !== "decision") throw mismatch();
      return feedbackView(index, state, trail, node, canRetry);
    case "reflection":
      if (node?.kind !== "reflection") throw mismatch();
      return {
        kind: "reflection",
        nodeId: node.id,
        phase: node.phase,
        reflectionKind: node.reflectionKind,
        prompt: node.prompt,
        scale: scaleLabels(node),
      };
    case "ended":
      if (node?.kind !== "ending") throw mismatch();
      return {
        kind: "ending",
        nodeId: node.id,
        outcome: node.outcome,
        title: node.title,
        debrief: node.debrief,
        record: buildDebrief(index, state),
      };
  }
}
