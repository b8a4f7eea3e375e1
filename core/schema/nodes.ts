import { z } from "zod";
import { AssetIdSchema, IdSchema } from "./ids";
import { RichTextSchema } from "./rich-text";
import { ConditionSchema, EffectSchema } from "./variables";

export const DIFFICULTIES = ["gentle", "standard", "challenge"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const QUALITIES = ["strong", "mixed", "weak"] as const;
export type Quality = (typeof QUALITIES)[number];

export const PositionSchema = z.object({ x: z.number().finite(), y: z.number().finite() });
export type Position = z.infer<typeof PositionSchema>;

/** Ports every node kind may expose besides per-option and per-rule ones. */
export const NEXT_PORT = "next";
export const TIMEOUT_PORT = "timeout";
export const ELSE_PORT = "else";

const base = {
  id: IdSchema,
  position: PositionSchema,
  /** A designer-facing label shown on the canvas; never shown to learners. */
  label: z.string().max(120).default(""),
};

export const ContextCardSchema = z.object({
  id: IdSchema,
  kind: z.enum(["ticket-note", "queue", "account", "policy", "custom"]),
  title: z.string().min(1).max(80),
  body: z.string().max(2000),
});
export type ContextCard = z.infer<typeof ContextCardSchema>;

export const MediaSchema = z.object({
  kind: z.enum(["image", "audio", "video"]),
  assetId: AssetIdSchema,
  /** Alt text for images; a short description for audio and video. */
  alt: z.string().max(500),
  /** Transcript for audio and video (WCAG 1.2.1); captions come from `captionsAssetId`. */
  transcript: z.string().max(20000).default(""),
  captionsAssetId: AssetIdSchema.nullable().default(null),
});
export type Media = z.infer<typeof MediaSchema>;

/** Gentle and challenge variants fall back to the standard text when empty. */
export const TextVariantsSchema = z.object({
  gentle: z.string().max(2000).nullable().default(null),
  challenge: z.string().max(2000).nullable().default(null),
});
export const RichTextVariantsSchema = z.object({
  gentle: RichTextSchema.nullable().default(null),
  challenge: RichTextSchema.nullable().default(null),
});

export const SceneNodeSchema = z.object({
  ...base,
  kind: z.literal("scene"),
  personaId: IdSchema.nullable().default(null),
  text: RichTextSchema,
  variants: RichTextVariantsSchema.default({ gentle: null, challenge: null }),
  contextCards: z.array(ContextCardSchema).max(20).default([]),
  media: MediaSchema.nullable().default(null),
  /** Applied when the learner reaches the scene (for example the queue grows). */
  effects: z.array(EffectSchema).max(50).default([]),
});
export type SceneNode = z.infer<typeof SceneNodeSchema>;

export const OptionSchema = z.object({
  id: IdSchema,
  text: z.string().min(1).max(2000),
  variants: TextVariantsSchema.default({ gentle: null, challenge: null }),
  showIf: ConditionSchema.nullable().default(null),
  /** Shown only at the challenge level when the scenario keeps advanced detours for it. */
  advanced: z.boolean().default(false),
  effects: z.array(EffectSchema).max(50).default([]),
  /** Points per rubric dimension id. */
  points: z.record(IdSchema, z.number().finite()).default({}),
  skillsPractised: z.array(IdSchema).max(20).default([]),
  skillsMissed: z.array(IdSchema).max(20).default([]),
  quality: z.enum(QUALITIES),
  feedback: RichTextSchema,
});
export type Option = z.infer<typeof OptionSchema>;

export const TimerSchema = z.object({
  seconds: z.number().int().min(3).max(3600),
  effects: z.array(EffectSchema).max(50).default([]),
  feedback: RichTextSchema,
  skillsMissed: z.array(IdSchema).max(20).default([]),
});
export type Timer = z.infer<typeof TimerSchema>;

export const DecisionNodeSchema = z.object({
  ...base,
  kind: z.literal("decision"),
  prompt: RichTextSchema,
  options: z.array(OptionSchema).max(12),
  /** Shuffle the visible options with the run's seed. */
  shuffle: z.boolean().default(false),
  /** With a timer, running out follows the `timeout` port. */
  timer: TimerSchema.nullable().default(null),
});
export type DecisionNode = z.infer<typeof DecisionNodeSchema>;

export const ConditionRuleSchema = z.object({
  id: IdSchema,
  label: z.string().max(120).default(""),
  when: ConditionSchema,
});
export type ConditionRule = z.infer<typeof ConditionRuleSchema>;

/** Rules are tried in order; the first that holds picks its port, otherwise `else`. */
export const ConditionNodeSchema = z.object({
  ...base,
  kind: z.literal("condition"),
  rules: z.array(ConditionRuleSchema).max(20),
});
export type ConditionNode = z.infer<typeof ConditionNodeSchema>;

export const REFLECTION_KINDS = ["confidence", "likert", "text"] as const;
export type ReflectionKind = (typeof REFLECTION_KINDS)[number];

export const ReflectionNodeSchema = z.object({
  ...base,
  kind: z.literal("reflection"),
  /** `pre` and `post` reflections wrap a run; their confidence answers give the confidence shift. */
  phase: z.enum(["pre", "mid", "post"]),
  reflectionKind: z.enum(REFLECTION_KINDS),
  prompt: RichTextSchema,
  /** Labels for a Likert scale, lowest first (five by default). */
  scale: z.array(z.string().min(1).max(60)).min(2).max(7).nullable().default(null),
});
export type ReflectionNode = z.infer<typeof ReflectionNodeSchema>;

export const OUTCOMES = ["success", "partial", "failure"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const EndingNodeSchema = z.object({
  ...base,
  kind: z.literal("ending"),
  outcome: z.enum(OUTCOMES),
  title: z.string().min(1).max(120),
  debrief: RichTextSchema,
  /**
   * How reaching this ending maps to the LMS. `by-rubric` lets the passing rule decide;
   * `passed`/`failed` force the result whatever the score.
   */
  lms: z
    .object({
      completion: z.enum(["completed", "incomplete"]).default("completed"),
      success: z.enum(["by-rubric", "passed", "failed"]).default("by-rubric"),
    })
    .default({ completion: "completed", success: "by-rubric" }),
});
export type EndingNode = z.infer<typeof EndingNodeSchema>;

export const NoteNodeSchema = z.object({
  ...base,
  kind: z.literal("note"),
  text: RichTextSchema,
  color: z.enum(["yellow", "blue", "green", "pink", "grey"]).default("yellow"),
});
export type NoteNode = z.infer<typeof NoteNodeSchema>;

export const NodeSchema = z.discriminatedUnion("kind", [
  SceneNodeSchema,
  DecisionNodeSchema,
  ConditionNodeSchema,
  ReflectionNodeSchema,
  EndingNodeSchema,
  NoteNodeSchema,
]);
export type ScenarioNode = z.infer<typeof NodeSchema>;
export type NodeKind = ScenarioNode["kind"];
export const NODE_KINDS: readonly NodeKind[] = [
  "scene",
  "decision",
  "condition",
  "reflection",
  "ending",
  "note",
];

export const EdgeSchema = z.object({
  id: IdSchema,
  source: IdSchema,
  /** `next`, an option id, a rule id, `else` or `timeout`, depending on the source's kind. */
  sourcePort: IdSchema,
  target: IdSchema,
});
export type Edge = z.infer<typeof EdgeSchema>;

/** The ports a node exposes, in display order. */
export function portsOf(node: ScenarioNode): string[] {
  switch (node.kind) {
    case "scene":
    case "reflection":
      return [NEXT_PORT];
    case "decision": {
      const ports = node.options.map((o) => o.id);
      if (node.timer) ports.push(TIMEOUT_PORT);
      return ports;
    }
    case "condition":
      return [...node.rules.map((r) => r.id), ELSE_PORT];
    case "ending":
    case "note":
      return [];
  }
}
