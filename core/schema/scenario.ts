import { z } from "zod";
import { AssetIdSchema, IdSchema } from "./ids";
import { DIFFICULTIES, EdgeSchema, ELSE_PORT, NodeSchema, TIMEOUT_PORT } from "./nodes";
import { MoodGaugeSchema, VariableSchema } from "./variables";

export const SCENARIO_FORMAT = "forkline.scenario";
/** The version this build writes. Older files are migrated up; newer ones are refused. */
export const SCENARIO_VERSION = 1;

export const MetaSchema = z.object({
  id: IdSchema,
  title: z.string().min(1).max(200),
  summary: z.string().max(2000).default(""),
  /** BCP 47 language tag of the learner-facing text. */
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
    .default("en"),
  authors: z.array(z.string().min(1).max(120)).max(50).default([]),
  tags: z.array(z.string().min(1).max(40)).max(50).default([]),
  /** Where the story comes from (anonymized real case, composite, invented). */
  source: z.string().max(2000).default(""),
});
export type Meta = z.infer<typeof MetaSchema>;

export const SkillSchema = z.object({
  id: IdSchema,
  label: z.string().min(1).max(80),
  description: z.string().max(500).default(""),
});
export type Skill = z.infer<typeof SkillSchema>;

export const DimensionSchema = z.object({
  id: IdSchema,
  label: z.string().min(1).max(80),
  weight: z.number().finite().min(0).max(100).default(1),
  /** The score that counts as full marks on this dimension (the denominator of its ratio). */
  maxPoints: z.number().finite().positive(),
});
export type Dimension = z.infer<typeof DimensionSchema>;

/**
 * `weighted`: the weighted mean of the dimension ratios must reach `threshold`.
 * `each`: every dimension's ratio must reach it. `none`: the run only completes.
 * `requireOutcome` additionally asks for a given kind of ending.
 */
export const PassingRuleSchema = z.object({
  mode: z.enum(["none", "weighted", "each"]),
  threshold: z.number().min(0).max(1).default(0.7),
  requireOutcome: z.enum(["any", "success", "success-or-partial"]).default("any"),
});
export type PassingRule = z.infer<typeof PassingRuleSchema>;

export const RubricSchema = z.object({
  dimensions: z.array(DimensionSchema).max(12),
  passing: PassingRuleSchema,
});
export type Rubric = z.infer<typeof RubricSchema>;

export const CHANNELS = ["chat", "email", "phone", "social", "in-person"] as const;

export const PersonaSchema = z.object({
  id: IdSchema,
  name: z.string().min(1).max(80),
  /** Who they are and what happened before the conversation. */
  context: z.string().max(2000).default(""),
  channel: z.enum(CHANNELS).default("chat"),
  avatarAssetId: AssetIdSchema.nullable().default(null),
});
export type Persona = z.infer<typeof PersonaSchema>;

export const SettingsSchema = z.object({
  startNodeId: IdSchema.nullable(),
  feedbackMode: z.enum(["immediate", "end"]).default("immediate"),
  retry: z
    .object({
      /** `none`: choices are final. `limited`: at most `maxRetries` per run. */
      policy: z.enum(["none", "limited", "unlimited"]).default("limited"),
      maxRetries: z.number().int().min(0).max(100).default(3),
    })
    .default({ policy: "limited", maxRetries: 3 }),
  difficulty: z
    .object({
      initial: z.enum(DIFFICULTIES).default("standard"),
      adaptive: z.boolean().default(false),
      /** Step down a level after this many weak choices in a row. */
      easeAfterWeak: z.number().int().min(1).max(20).default(2),
      /** Step up a level after this many strong choices in a row. */
      raiseAfterStrong: z.number().int().min(1).max(20).default(3),
      /** Options marked `advanced` appear only at the challenge level. */
      advancedOnlyAtChallenge: z.boolean().default(true),
    })
    .default({
      initial: "standard",
      adaptive: false,
      easeAfterWeak: 2,
      raiseAfterStrong: 3,
      advancedOnlyAtChallenge: true,
    }),
  /** Learners may pause or lengthen timers (WCAG 2.2.1). */
  timerAdjustable: z.boolean().default(true),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const AssetSchema = z.object({
  /** Content hash: `sha256-` and 64 hex digits. */
  id: AssetIdSchema,
  name: z.string().min(1).max(200),
  mimeType: z.string().regex(/^(image|audio|video|text)\/[A-Za-z0-9.+-]+$/),
  bytes: z.number().int().nonnegative(),
});
export type Asset = z.infer<typeof AssetSchema>;

const ScenarioObjectSchema = z.object({
  format: z.literal(SCENARIO_FORMAT),
  version: z.literal(SCENARIO_VERSION),
  meta: MetaSchema,
  variables: z.array(VariableSchema).max(1000),
  mood: MoodGaugeSchema.nullable().default(null),
  skills: z.array(SkillSchema).max(200),
  rubric: RubricSchema,
  personas: z.array(PersonaSchema).max(50),
  settings: SettingsSchema,
  assets: z.array(AssetSchema).max(1000).default([]),
  nodes: z.array(NodeSchema).max(50000),
  edges: z.array(EdgeSchema).max(200000),
});

function reportDuplicates(
  ctx: z.RefinementCtx,
  items: readonly { key: string; path: (string | number)[] }[],
  what: string,
): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.key))
      ctx.addIssue({ code: "custom", path: item.path, message: `duplicate ${what} "${item.key}"` });
    seen.add(item.key);
  }
}

/**
 * Structural integrity only: unique ids and the reserved port names. Whether the
 * graph makes sense (reachability, dangling edges, ...) is analysis, not schema,
 * so a half-built scenario can still be saved and opened.
 */
export const ScenarioSchema = ScenarioObjectSchema.superRefine((s, ctx) => {
  reportDuplicates(
    ctx,
    s.variables.map((v, i) => ({ key: v.name, path: ["variables", i, "name"] })),
    "variable",
  );
  reportDuplicates(
    ctx,
    s.skills.map((v, i) => ({ key: v.id, path: ["skills", i, "id"] })),
    "skill",
  );
  reportDuplicates(
    ctx,
    s.rubric.dimensions.map((v, i) => ({ key: v.id, path: ["rubric", "dimensions", i, "id"] })),
    "rubric dimension",
  );
  reportDuplicates(
    ctx,
    s.personas.map((v, i) => ({ key: v.id, path: ["personas", i, "id"] })),
    "persona",
  );
  reportDuplicates(
    ctx,
    s.assets.map((v, i) => ({ key: v.id, path: ["assets", i, "id"] })),
    "asset",
  );
  reportDuplicates(
    ctx,
    s.nodes.map((v, i) => ({ key: v.id, path: ["nodes", i, "id"] })),
    "node",
  );
  reportDuplicates(
    ctx,
    s.edges.map((v, i) => ({ key: v.id, path: ["edges", i, "id"] })),
    "edge",
  );
  const portIds: { key: string; path: (string | number)[] }[] = [];
  s.nodes.forEach((node, i) => {
    if (node.kind === "decision") {
      node.options.forEach((o, j) => {
        portIds.push({ key: o.id, path: ["nodes", i, "options", j, "id"] });
        if (o.id === TIMEOUT_PORT) {
          ctx.addIssue({
            code: "custom",
            path: ["nodes", i, "options", j, "id"],
            message: `"${TIMEOUT_PORT}" is reserved for the timer's port`,
          });
        }
      });
    }
    if (node.kind === "condition") {
      const rules = node.rules.map((r, j) => ({ key: r.id, path: ["nodes", i, "rules", j, "id"] }));
      reportDuplicates(ctx, rules, "rule");
      node.rules.forEach((r, j) => {
        if (r.id === ELSE_PORT) {
          ctx.addIssue({
            code: "custom",
            path: ["nodes", i, "rules", j, "id"],
            message: `"${ELSE_PORT}" is reserved for the else port`,
          });
        }
      });
    }
  });
  // Option ids are unique scenario-wide so a scripted run can name choices by option id alone.
  reportDuplicates(ctx, portIds, "option");
});

export type Scenario = z.infer<typeof ScenarioSchema>;
/** What a file may omit: fields with defaults. */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
