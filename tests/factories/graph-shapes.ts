import {
  type Condition,
  type ConditionNode,
  type DecisionNode,
  type Edge,
  type EndingNode,
  type NoteNode,
  type Option,
  type Outcome,
  type ReflectionNode,
  richTextFromPlain,
  type Scenario,
  type ScenarioNode,
  type SceneNode,
  type Variable,
} from "../../core";

/**
 * Tiny graph builders for analysis and explorer tests: every field gets a
 * sensible default so a test states only what it is about.
 */

const at = { x: 0, y: 0 };

export function scene(id: string, extra: Partial<SceneNode> = {}): SceneNode {
  return {
    id,
    position: at,
    label: "",
    kind: "scene",
    personaId: null,
    text: richTextFromPlain(`Scene ${id}`),
    variants: { gentle: null, challenge: null },
    contextCards: [],
    media: null,
    effects: [],
    ...extra,
  };
}

export function option(id: string, extra: Partial<Option> = {}): Option {
  return {
    id,
    text: `Option ${id}`,
    variants: { gentle: null, challenge: null },
    showIf: null,
    advanced: false,
    effects: [],
    points: {},
    skillsPractised: [],
    skillsMissed: [],
    quality: "mixed",
    feedback: richTextFromPlain(`Feedback for ${id}`),
    ...extra,
  };
}

/** A decision; pass option ids (default options) or full options. */
export function decision(
  id: string,
  options: readonly (string | Option)[],
  extra: Partial<DecisionNode> = {},
): DecisionNode {
  return {
    id,
    position: at,
    label: "",
    kind: "decision",
    prompt: richTextFromPlain("What do you say?"),
    options: options.map((o) => (typeof o === "string" ? option(o) : o)),
    shuffle: false,
    timer: null,
    ...extra,
  };
}

export const timer = (extra: Partial<NonNullable<DecisionNode["timer"]>> = {}) => ({
  seconds: 30,
  effects: [],
  feedback: richTextFromPlain("Too slow."),
  skillsMissed: [],
  ...extra,
});

/** A condition node whose rules are named r0, r1, ... */
export function condition(id: string, rules: readonly Condition[]): ConditionNode {
  return {
    id,
    position: at,
    label: "",
    kind: "condition",
    rules: rules.map((when, i) => ({ id: `r${i}`, label: "", when })),
  };
}

export function reflection(id: string, phase: ReflectionNode["phase"] = "mid"): ReflectionNode {
  return {
    id,
    position: at,
    label: "",
    kind: "reflection",
    phase,
    reflectionKind: "confidence",
    prompt: richTextFromPlain("How confident are you?"),
    scale: null,
  };
}

export function ending(id: string, outcome: Outcome = "success"): EndingNode {
  return {
    id,
    position: at,
    label: "",
    kind: "ending",
    outcome,
    title: `Ending ${id}`,
    debrief: richTextFromPlain("Debrief."),
    lms: { completion: "completed", success: "by-rubric" },
  };
}

export function note(id: string): NoteNode {
  return {
    id,
    position: at,
    label: "",
    kind: "note",
    text: richTextFromPlain("A note."),
    color: "yellow",
  };
}

export const numberVar = (
  name: string,
  initial: number,
  min: number | null = null,
  max: number | null = null,
): Variable => ({
  name,
  description: "",
  type: "number",
  initial,
  min,
  max,
});
export const booleanVar = (name: string, initial = false): Variable => ({
  name,
  description: "",
  type: "boolean",
  initial,
});
export const textVar = (name: string, initial = ""): Variable => ({
  name,
  description: "",
  type: "text",
  initial,
});

/** An edge written `source:port>target`; ids are e0, e1, ... in order unless given. */
export function edges(...specs: string[]): Edge[] {
  return specs.map((spec, i) => {
    const match = /^([^:]+):([^>]+)>(.+)$/.exec(spec);
    if (!match) throw new Error(`bad edge spec ${spec}`);
    return { id: `e${i}`, source: match[1]!, sourcePort: match[2]!, target: match[3]! };
  });
}

export interface ScenarioParts {
  nodes: ScenarioNode[];
  edges?: Edge[];
  start?: string | null;
  variables?: Variable[];
  mood?: Scenario["mood"];
  skills?: string[];
  /** Dimension ids with their maxPoints. */
  dimensions?: Record<string, number>;
  personas?: Scenario["personas"];
  assets?: Scenario["assets"];
  settings?: Partial<Scenario["settings"]>;
}

/** A whole scenario around the given nodes; the start defaults to the first node. */
export function scenarioOf(parts: ScenarioParts): Scenario {
  return {
    format: "forkline.scenario",
    version: 1,
    meta: {
      id: "test",
      title: "Test",
      summary: "",
      language: "en",
      authors: [],
      tags: [],
      source: "",
    },
    variables: parts.variables ?? [],
    mood: parts.mood ?? null,
    skills: (parts.skills ?? []).map((id) => ({ id, label: id, description: "" })),
    rubric: {
      dimensions: Object.entries(parts.dimensions ?? {}).map(([id, maxPoints]) => ({
        id,
        label: id,
        weight: 1,
        maxPoints,
      })),
      passing: { mode: "none", threshold: 0.7, requireOutcome: "any" },
    },
    personas: parts.personas ?? [],
    settings: {
      startNodeId: parts.start === undefined ? (parts.nodes[0]?.id ?? null) : parts.start,
      feedbackMode: "immediate",
      retry: { policy: "limited", maxRetries: 3 },
      difficulty: {
        initial: "standard",
        adaptive: false,
        easeAfterWeak: 2,
        raiseAfterStrong: 3,
        advancedOnlyAtChallenge: true,
      },
      timerAdjustable: true,
      ...parts.settings,
    },
    assets: parts.assets ?? [],
    nodes: parts.nodes,
    edges: parts.edges ?? [],
  };
}

/**
 * A graph given as adjacency: node i has one option per listed target, and a
 * node with no targets is an ending. Node 0 is the start. Options are named
 * `n{i}o{j}`; `points[i][j]` puts points on dimension "d".
 */
export interface GraphShape {
  targets: number[][];
  points?: number[][];
}

export function scenarioFromShape(shape: GraphShape): Scenario {
  const nodes: ScenarioNode[] = [];
  const es: Edge[] = [];
  shape.targets.forEach((targets, i) => {
    if (targets.length === 0) {
      nodes.push(ending(`n${i}`));
      return;
    }
    const options = targets.map((t, j) => {
      es.push({ id: `e${es.length}`, source: `n${i}`, sourcePort: `n${i}o${j}`, target: `n${t}` });
      const p = shape.points?.[i]?.[j] ?? 0;
      return option(`n${i}o${j}`, { points: p === 0 ? {} : { d: p } });
    });
    nodes.push(decision(`n${i}`, options));
  });
  return scenarioOf({ nodes, edges: es, dimensions: { d: 1000 } });
}

/**
 * A small scenario with nothing to report: start scene, a decision whose
 * second option shows when trust is high, a condition on trust, two endings.
 * Check tests break one thing in it at a time.
 */
export function tidyScenario(): Scenario {
  return scenarioOf({
    variables: [numberVar("trust", 4, 0, 10)],
    skills: ["acknowledge-impact"],
    dimensions: { empathy: 2 },
    mood: {
      variable: "trust",
      bands: [
        { from: 0, label: "Angry", icon: "furious", color: "#aa0000" },
        { from: 5, label: "Calm", icon: "neutral", color: "#888888" },
      ],
    },
    nodes: [
      scene("start"),
      decision("ask", [
        option("kind", {
          quality: "strong",
          effects: [{ variable: "trust", op: "add", value: 2 }],
          points: { empathy: 2 },
          skillsPractised: ["acknowledge-impact"],
        }),
        option("curt", {
          quality: "weak",
          effects: [{ variable: "trust", op: "add", value: -2 }],
          skillsMissed: ["acknowledge-impact"],
        }),
      ]),
      condition("check", [
        { combine: "all", clauses: [{ variable: "trust", op: "gte", value: 5 }] },
      ]),
      ending("good", "success"),
      ending("bad", "failure"),
    ],
    edges: edges(
      "start:next>ask",
      "ask:kind>check",
      "ask:curt>check",
      "check:r0>good",
      "check:else>bad",
    ),
  });
}

/** Shallow edit helper: replace one node of a scenario by id. */
export function withNode(
  s: Scenario,
  id: string,
  edit: (node: ScenarioNode) => ScenarioNode,
): Scenario {
  return { ...s, nodes: s.nodes.map((n) => (n.id === id ? edit(n) : n)) };
}
