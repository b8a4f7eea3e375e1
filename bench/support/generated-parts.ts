import type {
  Clause,
  Condition,
  ConditionNode,
  DecisionNode,
  Effect,
  EndingNode,
  Option,
  Outcome,
  Quality,
  ReflectionNode,
  SceneNode,
  Variable,
} from "../../core";
import { richTextFromPlain } from "../../core";
import {
  coachingText,
  customerLine,
  debriefText,
  endingTitle,
  optionLine,
  promptText,
  reflectionText,
  sceneText,
} from "./scenario-text";
import type { SeededRandom } from "./seeded-random";

export const DIMENSION_IDS = ["acknowledge", "align", "act"] as const;
export const SKILL_IDS = [
  "acknowledge-impact",
  "align-on-goal",
  "clear-next-steps",
  "clarifying-question",
  "offer-choice",
  "summarize",
  "set-timeline",
  "ask-permission",
  "close-with-clarity",
] as const;
const TEXT_VALUES = ["chat", "email", "phone", "social"] as const;
const BASE_NAMES = ["rapport", "tension", "clarity", "effort", "goodwill", "urgency"] as const;

/** `trust` (the mood gauge), `patience`, `escalated` and `channel` first, then a rotating mix. */
export function makeVariables(count: number): Variable[] {
  const vars: Variable[] = [
    {
      name: "trust",
      description: "How much the customer trusts you",
      type: "number",
      initial: 4,
      min: 0,
      max: 10,
    },
    { name: "patience", description: "", type: "number", initial: 3, min: 0, max: 5 },
    { name: "escalated", description: "", type: "boolean", initial: false },
    { name: "channel", description: "", type: "text", initial: "chat" },
  ].slice(0, Math.max(1, count)) as Variable[];
  for (let k = vars.length; k < count; k++) {
    const name = `${BASE_NAMES[k % BASE_NAMES.length]}_${k}`;
    const kind = k % 3;
    if (kind === 0) {
      // Every fifth number counts up without a ceiling, like an attempts counter.
      const max = k % 5 === 0 ? null : 20;
      vars.push({ name, description: "", type: "number", initial: 10, min: 0, max });
    } else if (kind === 1) vars.push({ name, description: "", type: "boolean", initial: false });
    else vars.push({ name, description: "", type: "text", initial: TEXT_VALUES[0] });
  }
  return vars;
}

function numberBounds(v: Variable & { type: "number" }): [number, number] {
  const lo = v.min ?? v.initial - 10;
  return [lo, v.max ?? lo + 20];
}

/** Thresholds sit strictly inside the range so that generated conditions can go either way. */
export function makeClause(rnd: SeededRandom, vars: readonly Variable[]): Clause {
  const v = rnd.chance(0.6) ? vars[rnd.int(0, Math.min(1, vars.length - 1))]! : rnd.pick(vars);
  if (v.type === "number") {
    const [lo, hi] = numberBounds(v);
    const op = rnd.pick(["gte", "lte", "gt", "lt"] as const);
    return { variable: v.name, op, value: rnd.int(lo + 1, hi - 1) };
  }
  if (v.type === "boolean") return { variable: v.name, op: "eq", value: rnd.chance(0.5) };
  return { variable: v.name, op: rnd.chance(0.8) ? "eq" : "neq", value: rnd.pick(TEXT_VALUES) };
}

export function makeCondition(rnd: SeededRandom, vars: readonly Variable[]): Condition {
  const n = rnd.chance(0.75) ? 1 : 2;
  const clauses: Clause[] = [];
  for (let i = 0; i < n; i++) clauses.push(makeClause(rnd, vars));
  return { combine: rnd.chance(0.7) ? "all" : "any", clauses };
}

export function makeEffect(rnd: SeededRandom, vars: readonly Variable[]): Effect {
  const v = rnd.chance(0.5) ? vars[0]! : rnd.pick(vars);
  if (v.type === "number") {
    if (rnd.chance(0.85))
      return { variable: v.name, op: "add", value: rnd.pick([-2, -1, 1, 1, 2]) };
    const [lo, hi] = numberBounds(v);
    return { variable: v.name, op: "set", value: rnd.int(lo, hi) };
  }
  if (v.type === "boolean") return { variable: v.name, op: "set", value: rnd.chance(0.6) };
  return { variable: v.name, op: "set", value: rnd.pick(TEXT_VALUES) };
}

function makeEffects(rnd: SeededRandom, vars: readonly Variable[], p: number): Effect[] {
  const effects: Effect[] = [];
  while (effects.length < 3 && rnd.chance(p)) effects.push(makeEffect(rnd, vars));
  return effects;
}

function makePoints(rnd: SeededRandom, quality: Quality): Record<string, number> {
  const points: Record<string, number> = {};
  if (quality === "strong") {
    points[rnd.pick(DIMENSION_IDS)] = rnd.int(1, 3);
    if (rnd.chance(0.4)) points[rnd.pick(DIMENSION_IDS)] = rnd.int(1, 2);
  } else if (quality === "mixed") points[rnd.pick(DIMENSION_IDS)] = 1;
  else if (rnd.chance(0.3)) points[rnd.pick(DIMENSION_IDS)] = -1;
  return points;
}

export function makeOption(
  rnd: SeededRandom,
  id: string,
  vars: readonly Variable[],
  first: boolean,
): Option {
  const quality = rnd.pick(["strong", "mixed", "weak"] as const);
  return {
    id,
    text: optionLine(rnd),
    variants: {
      gentle: rnd.chance(0.1) ? optionLine(rnd) : null,
      challenge: rnd.chance(0.1) ? optionLine(rnd) : null,
    },
    // The first option never hides, so no state leaves a learner without a choice.
    showIf: !first && rnd.chance(0.15) ? makeCondition(rnd, vars) : null,
    advanced: !first && rnd.chance(0.05),
    effects: makeEffects(rnd, vars, 0.6),
    points: makePoints(rnd, quality),
    skillsPractised: quality === "weak" ? [] : [rnd.pick(SKILL_IDS)],
    skillsMissed: quality === "strong" ? [] : [rnd.pick(SKILL_IDS)],
    quality,
    feedback: coachingText(rnd),
  };
}

const position = (x: number, y: number) => ({ x: x * 320, y: y * 180 });

export function makeScene(
  rnd: SeededRandom,
  id: string,
  at: [number, number],
  vars: readonly Variable[],
  personaIds: readonly string[],
  imageAssetId: string,
): SceneNode {
  return {
    id,
    position: position(...at),
    label: "",
    kind: "scene",
    personaId: rnd.pick(personaIds),
    text: sceneText(rnd),
    variants: {
      gentle: rnd.chance(0.1) ? richTextFromPlain(customerLine(rnd)) : null,
      challenge: rnd.chance(0.1) ? richTextFromPlain(customerLine(rnd)) : null,
    },
    contextCards: rnd.chance(0.2)
      ? [{ id: "queue", kind: "queue", title: "Queue", body: `${rnd.int(2, 40)} waiting` }]
      : [],
    media: rnd.chance(0.05)
      ? {
          kind: "image",
          assetId: imageAssetId,
          alt: "Screenshot the customer sent",
          transcript: "",
          captionsAssetId: null,
        }
      : null,
    effects: makeEffects(rnd, vars, 0.2),
  };
}

export function makeDecision(
  rnd: SeededRandom,
  id: string,
  at: [number, number],
  vars: readonly Variable[],
  optionCount: number,
  timed: boolean,
): DecisionNode {
  const options: Option[] = [];
  for (let j = 0; j < optionCount; j++) options.push(makeOption(rnd, `${id}-o${j}`, vars, j === 0));
  return {
    id,
    position: position(...at),
    label: "",
    kind: "decision",
    prompt: promptText(rnd),
    options,
    shuffle: rnd.chance(0.3),
    timer: timed
      ? {
          seconds: rnd.int(10, 60),
          effects: [{ variable: vars[vars.length > 1 ? 1 : 0]!.name, op: "add", value: -1 }],
          feedback: richTextFromPlain("Silence on a live chat reads as indifference."),
          skillsMissed: ["set-timeline"],
        }
      : null,
  };
}

export function makeConditionNode(
  rnd: SeededRandom,
  id: string,
  at: [number, number],
  vars: readonly Variable[],
  ruleCount: number,
): ConditionNode {
  const rules = [];
  for (let j = 0; j < ruleCount; j++)
    rules.push({ id: `r${j}`, label: "", when: makeCondition(rnd, vars) });
  return { id, position: position(...at), label: "", kind: "condition", rules };
}

export function makeReflection(
  rnd: SeededRandom,
  id: string,
  at: [number, number],
  phase: ReflectionNode["phase"],
): ReflectionNode {
  const reflectionKind = phase === "mid" ? rnd.pick(["likert", "text"] as const) : "confidence";
  return {
    id,
    position: position(...at),
    label: "",
    kind: "reflection",
    phase,
    reflectionKind,
    prompt: reflectionText(rnd),
    scale: null,
  };
}

export function makeEnding(
  rnd: SeededRandom,
  id: string,
  at: [number, number],
  outcome: Outcome,
): EndingNode {
  return {
    id,
    position: position(...at),
    label: "",
    kind: "ending",
    outcome,
    title: endingTitle(rnd),
    debrief: debriefText(rnd),
    lms: { completion: "completed", success: "by-rubric" },
  };
}
