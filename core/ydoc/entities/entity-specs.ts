import { z } from "zod";
import type { NodeKind } from "../../schema/nodes";
import {
  ConditionNodeSchema,
  ConditionRuleSchema,
  ContextCardSchema,
  DecisionNodeSchema,
  EndingNodeSchema,
  NoteNodeSchema,
  OptionSchema,
  ReflectionNodeSchema,
  SceneNodeSchema,
  TimerSchema,
} from "../../schema/nodes";
import {
  AssetSchema,
  DimensionSchema,
  MetaSchema,
  PersonaSchema,
  RubricSchema,
  SettingsSchema,
  SkillSchema,
} from "../../schema/scenario";
import { MoodGaugeSchema, NumberVariableSchema } from "../../schema/variables";

/**
 * How each field of an entity is stored in its Y.Map. Fields not listed are
 * plain values (a JSON value replaced as a whole). Only what collaborators edit
 * independently gets its own shared type: rich text, keyed lists, and small
 * nested maps whose keys are edited one at a time.
 */
export type FieldCodec =
  | { kind: "plain" }
  | { kind: "richText"; nullable: boolean }
  /** A nested Y.Map whose keys are edited independently (points per dimension, retry settings). */
  | { kind: "record"; values: FieldCodec }
  /** A keyed list: Y.Map of id -> item Y.Map carrying a fractional `order`. */
  | { kind: "list"; item: EntitySpec }
  /** A nested entity stored as a Y.Map, or null. */
  | { kind: "entity"; spec: EntitySpec; nullable: boolean };

export interface EntitySpec {
  /** The field that is the entity's key in its parent map; it is not stored inside. */
  idField: string | null;
  fields: Readonly<Record<string, FieldCodec>>;
  /** Fields kept elsewhere in the document (node positions). */
  external?: readonly string[];
  /**
   * Schema defaults. A plain field equal to its default is not stored: reading
   * fills it back in, and a 5,000-node document stays small and quick to load.
   */
  defaults: Readonly<Record<string, unknown>>;
}

/** The default of every field of an object schema that has one. */
function defaultsOf(schema: z.ZodType): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!(schema instanceof z.ZodObject)) return out;
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    if (!(field instanceof z.ZodDefault)) continue;
    const parsed = field.safeParse(undefined);
    if (parsed.success && parsed.data !== undefined) out[key] = parsed.data;
  }
  return out;
}

const plain: FieldCodec = { kind: "plain" };
const richText: FieldCodec = { kind: "richText", nullable: false };
const richTextOrNull: FieldCodec = { kind: "richText", nullable: true };
const recordOf = (values: FieldCodec): FieldCodec => ({ kind: "record", values });
const listOf = (item: EntitySpec): FieldCodec => ({ kind: "list", item });

const keyed = (
  schema: z.ZodType,
  idField = "id",
  fields: Record<string, FieldCodec> = {},
): EntitySpec => ({ idField, fields, defaults: defaultsOf(schema) });
const flat = (schema: z.ZodType, fields: Record<string, FieldCodec> = {}): EntitySpec => ({
  idField: null,
  fields,
  defaults: defaultsOf(schema),
});

// Option points and text variants are small plain values: a nested map per option would
// cost more document than concurrent edits to one option's points could ever save.
export const OPTION_SPEC = /* @__PURE__ */ keyed(OptionSchema, "id", { feedback: richText });
export const RULE_SPEC = /* @__PURE__ */ keyed(ConditionRuleSchema);
export const CONTEXT_CARD_SPEC = /* @__PURE__ */ keyed(ContextCardSchema);
export const TIMER_SPEC = /* @__PURE__ */ flat(TimerSchema, { feedback: richText });
export const VARIABLE_SPEC = /* @__PURE__ */ keyed(NumberVariableSchema, "name");
export const SKILL_SPEC = /* @__PURE__ */ keyed(SkillSchema);
export const PERSONA_SPEC = /* @__PURE__ */ keyed(PersonaSchema);
export const ASSET_SPEC = /* @__PURE__ */ keyed(AssetSchema);
export const DIMENSION_SPEC = /* @__PURE__ */ keyed(DimensionSchema);

export const META_SPEC = /* @__PURE__ */ flat(MetaSchema);
export const MOOD_SPEC = /* @__PURE__ */ flat(MoodGaugeSchema);
export const SETTINGS_SPEC = /* @__PURE__ */ flat(SettingsSchema, {
  retry: /* @__PURE__ */ recordOf(plain),
  difficulty: /* @__PURE__ */ recordOf(plain),
});
export const RUBRIC_SPEC = /* @__PURE__ */ flat(RubricSchema, {
  dimensions: /* @__PURE__ */ listOf(DIMENSION_SPEC),
  passing: /* @__PURE__ */ recordOf(plain),
});

const node = (schema: z.ZodType, fields: Record<string, FieldCodec> = {}): EntitySpec => ({
  idField: "id",
  fields,
  external: ["position"],
  defaults: defaultsOf(schema),
});

// Pure annotations let bundles that never touch the live document (the player) drop it.
export const NODE_SPECS: Readonly<Record<NodeKind, EntitySpec>> = {
  scene: /* @__PURE__ */ node(SceneNodeSchema, {
    text: richText,
    variants: /* @__PURE__ */ recordOf(richTextOrNull),
    contextCards: /* @__PURE__ */ listOf(CONTEXT_CARD_SPEC),
  }),
  decision: /* @__PURE__ */ node(DecisionNodeSchema, {
    prompt: richText,
    options: /* @__PURE__ */ listOf(OPTION_SPEC),
    timer: { kind: "entity", spec: TIMER_SPEC, nullable: true },
  }),
  condition: /* @__PURE__ */ node(ConditionNodeSchema, {
    rules: /* @__PURE__ */ listOf(RULE_SPEC),
  }),
  reflection: /* @__PURE__ */ node(ReflectionNodeSchema, { prompt: richText }),
  ending: /* @__PURE__ */ node(EndingNodeSchema, {
    debrief: richText,
    lms: /* @__PURE__ */ recordOf(plain),
  }),
  note: /* @__PURE__ */ node(NoteNodeSchema, { text: richText }),
};

export function codecOf(spec: EntitySpec, field: string): FieldCodec {
  return spec.fields[field] ?? plain;
}
