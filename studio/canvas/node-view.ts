import {
  type MoodGauge,
  type Outcome,
  plainTextOf,
  type Quality,
  type ReflectionKind,
  type ScenarioNode,
} from "../../core";
import { conditionSummary } from "./condition-summary";
import { excerpt } from "./excerpt";
import { type MoodTone, moodDeltaOf, moodToneOf } from "./mood-tone";

/**
 * What a canvas node shows, derived from a scenario node. Views are small, flat
 * and compared field by field, so a node whose visible content did not change
 * keeps its object and React skips it.
 */
export type NodeView =
  | SceneView
  | DecisionView
  | ConditionView
  | ReflectionView
  | EndingView
  | NoteView;

interface ViewBase {
  /** Index signature so a view is usable as React Flow node data. */
  [key: string]: unknown;
  label: string;
  /** Text the search box matches against: label and every visible line. */
  searchText: string;
}

export interface SceneView extends ViewBase {
  kind: "scene";
  persona: string | null;
  line: string;
  mood: { delta: number; tone: MoodTone } | null;
  cards: number;
  media: "image" | "audio" | "video" | null;
}

export interface OptionView {
  id: string;
  text: string;
  quality: Quality;
  mood: MoodTone;
}

export interface DecisionView extends ViewBase {
  kind: "decision";
  prompt: string;
  options: OptionView[];
  timer: { seconds: number; mood: MoodTone } | null;
}

export interface ConditionView extends ViewBase {
  kind: "condition";
  rules: { id: string; text: string }[];
}

export interface ReflectionView extends ViewBase {
  kind: "reflection";
  phase: "pre" | "mid" | "post";
  reflectionKind: ReflectionKind;
  prompt: string;
}

export interface EndingView extends ViewBase {
  kind: "ending";
  outcome: Outcome;
  title: string;
  debrief: string;
}

export interface NoteView extends ViewBase {
  kind: "note";
  text: string;
  color: "yellow" | "blue" | "green" | "pink" | "grey";
}

/** Scenario-wide facts that node views depend on. */
export interface ViewContext {
  personaNames: ReadonlyMap<string, string>;
  mood: MoodGauge | null;
}

const search = (...parts: string[]) => parts.join("\n").toLowerCase();

export function viewOfNode(node: ScenarioNode, context: ViewContext): NodeView {
  const moodVariable = context.mood?.variable ?? null;
  switch (node.kind) {
    case "scene": {
      const full = plainTextOf(node.text);
      const delta = moodDeltaOf(node.effects, moodVariable);
      return {
        kind: "scene",
        label: node.label,
        persona: node.personaId
          ? (context.personaNames.get(node.personaId) ?? node.personaId)
          : null,
        line: excerpt(full, 150),
        mood: delta === 0 ? null : { delta, tone: delta > 0 ? "positive" : "negative" },
        cards: node.contextCards.length,
        media: node.media?.kind ?? null,
        searchText: search(node.label, full),
      };
    }
    case "decision": {
      const prompt = plainTextOf(node.prompt);
      return {
        kind: "decision",
        label: node.label,
        prompt: excerpt(prompt, 110),
        options: node.options.map((o) => ({
          id: o.id,
          text: excerpt(o.text, 70),
          quality: o.quality,
          mood: moodToneOf(o.effects, moodVariable),
        })),
        timer: node.timer
          ? { seconds: node.timer.seconds, mood: moodToneOf(node.timer.effects, moodVariable) }
          : null,
        searchText: search(node.label, prompt, ...node.options.map((o) => o.text)),
      };
    }
    case "condition":
      return {
        kind: "condition",
        label: node.label,
        rules: node.rules.map((r) => ({ id: r.id, text: r.label || conditionSummary(r.when) })),
        searchText: search(node.label, ...node.rules.map((r) => r.label)),
      };
    case "reflection": {
      const prompt = plainTextOf(node.prompt);
      return {
        kind: "reflection",
        label: node.label,
        phase: node.phase,
        reflectionKind: node.reflectionKind,
        prompt: excerpt(prompt, 110),
        searchText: search(node.label, prompt),
      };
    }
    case "ending": {
      const debrief = plainTextOf(node.debrief);
      return {
        kind: "ending",
        label: node.label,
        outcome: node.outcome,
        title: node.title,
        debrief: excerpt(debrief, 110),
        searchText: search(node.label, node.title, debrief),
      };
    }
    case "note": {
      const text = plainTextOf(node.text);
      return {
        kind: "note",
        label: node.label,
        text: excerpt(text, 220),
        color: node.color,
        searchText: search(node.label, text),
      };
    }
  }
}

/** Field-by-field equality, one level into arrays of flat objects: enough for views. */
export function sameView(a: NodeView, b: NodeView): boolean {
  if (a === b) return true;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  for (const key of keysA) {
    const x = a[key];
    const y = (b as Record<string, unknown>)[key];
    if (x === y) continue;
    if (!shallowEqualValue(x, y)) return false;
  }
  return true;
}

function shallowEqualValue(x: unknown, y: unknown): boolean {
  if (Array.isArray(x) && Array.isArray(y)) {
    return x.length === y.length && x.every((item, i) => shallowEqualObject(item, y[i]));
  }
  return shallowEqualObject(x, y);
}

function shallowEqualObject(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
  const kx = Object.keys(x);
  if (kx.length !== Object.keys(y).length) return false;
  return kx.every((k) => (x as Record<string, unknown>)[k] === (y as Record<string, unknown>)[k]);
}
