import type { z } from "zod";
import { formatIssuePath } from "../../file/describe-issue";
import { EdgeSchema, NodeSchema } from "../../schema/nodes";
import {
  AssetSchema,
  MetaSchema,
  PersonaSchema,
  RubricSchema,
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  type Scenario,
  ScenarioSchema,
  SettingsSchema,
  SkillSchema,
} from "../../schema/scenario";
import { MoodGaugeSchema, VariableSchema } from "../../schema/variables";
import { repairToSchema } from "./repair-to-schema";
import { trustedNodeSchema, trustedScenarioSchema } from "./trusted-schemas";

type Obj = Record<string, unknown>;
type Key = string | number;
export type IssueReporter = (path: string, message: string) => void;

const EMPTY_RUBRIC = { dimensions: [], passing: { mode: "none" } };

function bare(meta: unknown): Scenario {
  return ScenarioSchema.parse({
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    meta,
    variables: [],
    skills: [],
    rubric: EMPTY_RUBRIC,
    personas: [],
    settings: { startNodeId: null },
    nodes: [],
    edges: [],
  });
}

/**
 * Turns scenario-shaped data read from a live document into a Scenario that
 * passes ScenarioSchema, whatever half-finished or concurrent edits left in it.
 * Rich text must already be valid (the reader guarantees it). Valid data takes
 * one parse. Otherwise each part is repaired on its own (a bad
 * node costs that node at most, never its neighbours), then scenario-wide rules
 * (unique ids, reserved ports) are enforced by removing the offending items.
 */
export function repairScenario(raw: Obj, report: IssueReporter): Scenario {
  const fast = trustedScenarioSchema().safeParse(raw);
  if (fast.success) return fast.data;

  const at = (prefix: Key[]) => (path: Key[], message: string) =>
    report(formatIssuePath([...prefix, ...path]), message);
  const part = <T>(name: string, schema: z.ZodType<T>, fallback: () => T): T => {
    const repaired = repairToSchema(raw[name], schema, at([name]));
    if (repaired !== null) return repaired;
    report(name, "could not be repaired; reset");
    return fallback();
  };
  const list = <T>(name: string, schema: z.ZodType<T>, idField = "id", trusted = schema): T[] => {
    const items = Array.isArray(raw[name]) ? (raw[name] as Obj[]) : [];
    const out: T[] = [];
    for (const item of items) {
      const id = String(item?.[idField] ?? out.length);
      const repaired = repairToSchema(item, schema, at([name, id]), trusted);
      if (repaired !== null) out.push(repaired);
      else report(formatIssuePath([name, id]), "removed: could not be repaired");
    }
    return out;
  };

  const meta = part("meta", MetaSchema, () =>
    MetaSchema.parse({ id: "scenario", title: "Untitled" }),
  );
  const moodRaw = raw.mood;
  const mood = moodRaw == null ? null : repairToSchema(moodRaw, MoodGaugeSchema, at(["mood"]));
  const assembled = {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    meta,
    variables: list("variables", VariableSchema, "name"),
    mood,
    skills: list("skills", SkillSchema),
    rubric: part("rubric", RubricSchema, () => RubricSchema.parse(EMPTY_RUBRIC)),
    personas: list("personas", PersonaSchema),
    settings: part("settings", SettingsSchema, () => SettingsSchema.parse({ startNodeId: null })),
    assets: list("assets", AssetSchema),
    nodes: list("nodes", NodeSchema, "id", trustedNodeSchema()),
    edges: list("edges", EdgeSchema),
  };
  const whole = repairToSchema(assembled, ScenarioSchema, at([]));
  if (whole) return whole;
  report("", "the document could not be repaired; only its meta was kept");
  return bare(meta);
}
