/**
 * Small builders of valid scenario parts for tests. Every builder returns a
 * value that passes its schema (defaults filled), takes overrides, and gives
 * fresh ids from a counter so several builds never collide.
 *
 *   const s = aScenario({ nodes: [aScene({ id: "a" }), anEnding({ id: "b" })],
 *                         edges: [anEdge({ source: "a", target: "b" })] });
 */
import type { z } from "zod";
import {
  type ConditionNode,
  ConditionNodeSchema,
  type ConditionRule,
  ConditionRuleSchema,
  type ContextCard,
  ContextCardSchema,
  type DecisionNode,
  DecisionNodeSchema,
  type Dimension,
  DimensionSchema,
  type Edge,
  EdgeSchema,
  type EndingNode,
  EndingNodeSchema,
  type NoteNode,
  NoteNodeSchema,
  type Option,
  OptionSchema,
  type Persona,
  PersonaSchema,
  type ReflectionNode,
  ReflectionNodeSchema,
  richTextFromPlain,
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  type Scenario,
  type ScenarioInput,
  ScenarioSchema,
  type SceneNode,
  SceneNodeSchema,
  type Skill,
  SkillSchema,
  type Timer,
  TimerSchema,
  type Variable,
  VariableSchema,
} from "../../core";

let counter = 0;
/** A fresh id with a readable prefix: `scene-7`. */
export function nextId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

type In<S extends z.ZodType> = Partial<z.input<S>>;

export function anOption(overrides: In<typeof OptionSchema> = {}): Option {
  return OptionSchema.parse({
    id: nextId("opt"),
    text: "I understand. Let me check that for you.",
    quality: "strong",
    feedback: richTextFromPlain("You acknowledged the customer first."),
    ...overrides,
  });
}

export function aTimer(overrides: In<typeof TimerSchema> = {}): Timer {
  return TimerSchema.parse({
    seconds: 30,
    feedback: richTextFromPlain("The customer waited too long."),
    ...overrides,
  });
}

export function aScene(overrides: In<typeof SceneNodeSchema> = {}): SceneNode {
  return SceneNodeSchema.parse({
    id: nextId("scene"),
    kind: "scene",
    position: { x: 0, y: 0 },
    text: richTextFromPlain("My order never arrived."),
    ...overrides,
  });
}

export function aDecision(overrides: In<typeof DecisionNodeSchema> = {}): DecisionNode {
  return DecisionNodeSchema.parse({
    id: nextId("dec"),
    kind: "decision",
    position: { x: 0, y: 0 },
    prompt: richTextFromPlain("How do you reply?"),
    options: [anOption(), anOption({ quality: "weak", text: "Please read our policy." })],
    ...overrides,
  });
}

export function aRule(overrides: In<typeof ConditionRuleSchema> = {}): ConditionRule {
  return ConditionRuleSchema.parse({
    id: nextId("rule"),
    when: { combine: "all", clauses: [{ variable: "trust", op: "gte", value: 5 }] },
    ...overrides,
  });
}

export function aCondition(overrides: In<typeof ConditionNodeSchema> = {}): ConditionNode {
  return ConditionNodeSchema.parse({
    id: nextId("cond"),
    kind: "condition",
    position: { x: 0, y: 0 },
    rules: [aRule()],
    ...overrides,
  });
}

export function aReflection(overrides: In<typeof ReflectionNodeSchema> = {}): ReflectionNode {
  return ReflectionNodeSchema.parse({
    id: nextId("refl"),
    kind: "reflection",
    position: { x: 0, y: 0 },
    phase: "pre",
    reflectionKind: "confidence",
    prompt: richTextFromPlain("How confident are you with angry customers?"),
    ...overrides,
  });
}

export function anEnding(overrides: In<typeof EndingNodeSchema> = {}): EndingNode {
  return EndingNodeSchema.parse({
    id: nextId("end"),
    kind: "ending",
    position: { x: 0, y: 0 },
    outcome: "success",
    title: "Resolved",
    debrief: richTextFromPlain("The customer left reassured."),
    ...overrides,
  });
}

export function aNote(overrides: In<typeof NoteNodeSchema> = {}): NoteNode {
  return NoteNodeSchema.parse({
    id: nextId("note"),
    kind: "note",
    position: { x: 0, y: 0 },
    text: richTextFromPlain("Check tone with the support lead."),
    ...overrides,
  });
}

export function aContextCard(overrides: In<typeof ContextCardSchema> = {}): ContextCard {
  return ContextCardSchema.parse({
    id: nextId("card"),
    kind: "queue",
    title: "Queue",
    body: "14 customers waiting",
    ...overrides,
  });
}

export function anEdge(overrides: Partial<Edge> & Pick<Edge, "source" | "target">): Edge {
  return EdgeSchema.parse({ id: nextId("edge"), sourcePort: "next", ...overrides });
}

/** A number variable `trust` 0..10 starting at 4 unless overridden. */
export function aVariable(overrides: Partial<z.input<typeof VariableSchema>> = {}): Variable {
  return VariableSchema.parse({
    name: "trust",
    type: "number",
    initial: 4,
    min: 0,
    max: 10,
    ...overrides,
  });
}

export function aSkill(overrides: In<typeof SkillSchema> = {}): Skill {
  return SkillSchema.parse({ id: nextId("skill"), label: "Acknowledge impact", ...overrides });
}

export function aDimension(overrides: In<typeof DimensionSchema> = {}): Dimension {
  return DimensionSchema.parse({
    id: nextId("dim"),
    label: "Acknowledge",
    maxPoints: 2,
    ...overrides,
  });
}

export function aPersona(overrides: In<typeof PersonaSchema> = {}): Persona {
  return PersonaSchema.parse({ id: nextId("persona"), name: "Sam", ...overrides });
}

/**
 * A valid scenario: empty graph by default, start node = first node given.
 * Variables default to `trust`; rubric to no dimensions and no passing rule.
 */
export function aScenario(overrides: Partial<ScenarioInput> = {}): Scenario {
  const nodes = overrides.nodes ?? [];
  return ScenarioSchema.parse({
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    meta: { id: "test-scenario", title: "Test scenario" },
    variables: [aVariable()],
    skills: [],
    rubric: { dimensions: [], passing: { mode: "none" } },
    personas: [],
    settings: { startNodeId: nodes[0]?.id ?? null },
    nodes,
    edges: [],
    ...overrides,
  });
}

/**
 * scene -> decision (two options) -> two endings, all connected: the smallest
 * scenario that plays end to end.
 */
export function aConnectedScenario(): Scenario {
  const scene = aScene({ id: "start" });
  const decision = aDecision({
    id: "choice",
    options: [anOption({ id: "good" }), anOption({ id: "bad", quality: "weak" })],
  });
  const win = anEnding({ id: "win" });
  const lose = anEnding({ id: "lose", outcome: "failure", title: "Escalated" });
  return aScenario({
    nodes: [scene, decision, win, lose],
    edges: [
      anEdge({ id: "e-start", source: "start", target: "choice" }),
      anEdge({ id: "e-good", source: "choice", sourcePort: "good", target: "win" }),
      anEdge({ id: "e-bad", source: "choice", sourcePort: "bad", target: "lose" }),
    ],
  });
}
