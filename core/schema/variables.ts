import { z } from "zod";
import { VariableNameSchema } from "./ids";

const common = {
  name: VariableNameSchema,
  description: z.string().max(500).default(""),
};

export const NumberVariableSchema = z
  .object({
    ...common,
    type: z.literal("number"),
    initial: z.number().finite(),
    min: z.number().finite().nullable().default(null),
    max: z.number().finite().nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.min !== null && v.max !== null && v.min > v.max) {
      ctx.addIssue({
        code: "custom",
        path: ["min"],
        message: `min (${v.min}) is above max (${v.max})`,
      });
    }
    if (v.min !== null && v.initial < v.min) {
      ctx.addIssue({
        code: "custom",
        path: ["initial"],
        message: `initial ${v.initial} is below min ${v.min}`,
      });
    }
    if (v.max !== null && v.initial > v.max) {
      ctx.addIssue({
        code: "custom",
        path: ["initial"],
        message: `initial ${v.initial} is above max ${v.max}`,
      });
    }
  });

export const BooleanVariableSchema = z.object({
  ...common,
  type: z.literal("boolean"),
  initial: z.boolean(),
});

export const TextVariableSchema = z.object({
  ...common,
  type: z.literal("text"),
  initial: z.string().max(1000),
});

export const VariableSchema = z.discriminatedUnion("type", [
  NumberVariableSchema,
  BooleanVariableSchema,
  TextVariableSchema,
]);
export type Variable = z.infer<typeof VariableSchema>;
export type NumberVariable = z.infer<typeof NumberVariableSchema>;
export type VariableValue = number | boolean | string;

export const COMPARISON_OPERATORS = ["eq", "neq", "lt", "lte", "gt", "gte"] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

/** One comparison of a variable with a constant. Structured data, never an evaluated string. */
export const ClauseSchema = z.object({
  variable: VariableNameSchema,
  op: z.enum(COMPARISON_OPERATORS),
  value: z.union([z.number().finite(), z.boolean(), z.string().max(1000)]),
});
export type Clause = z.infer<typeof ClauseSchema>;

export const ConditionSchema = z.object({
  combine: z.enum(["all", "any"]).default("all"),
  clauses: z.array(ClauseSchema).max(50),
});
export type Condition = z.infer<typeof ConditionSchema>;

/** `set` assigns; `add` adds to a number (negative to subtract), clamped to the variable's range. */
export const EffectSchema = z.object({
  variable: VariableNameSchema,
  op: z.enum(["set", "add"]),
  value: z.union([z.number().finite(), z.boolean(), z.string().max(1000)]),
});
export type Effect = z.infer<typeof EffectSchema>;

/**
 * The mood gauge: one number variable read as the customer's mood. Bands are
 * ordered by `from` (inclusive lower bound); a value belongs to the last band
 * whose `from` it reaches.
 */
export const MOOD_ICONS = ["furious", "frustrated", "neutral", "reassured", "delighted"] as const;
export type MoodIcon = (typeof MOOD_ICONS)[number];

export const MoodBandSchema = z.object({
  from: z.number().finite(),
  label: z.string().min(1).max(40),
  icon: z.enum(MOOD_ICONS),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "colours are #rrggbb"),
});
export type MoodBand = z.infer<typeof MoodBandSchema>;

export const MoodGaugeSchema = z.object({
  variable: VariableNameSchema,
  bands: z.array(MoodBandSchema).min(1).max(10),
});
export type MoodGauge = z.infer<typeof MoodGaugeSchema>;
