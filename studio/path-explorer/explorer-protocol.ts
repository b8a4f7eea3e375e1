import { z } from "zod";
import { DIFFICULTIES, OUTCOMES, QUALITIES, type RunState, type Scenario } from "../../core";

/**
 * Messages between the page and the scenario worker. The worker keeps a
 * replica of the scenario document (fed the page's updates) and answers
 * questions about it off the main thread: a snapshot for the preview, the
 * path analyses, and the replay of one path for a comparison.
 */

export const MAX_BUDGET = 500_000;

export const ExplorerSettingsSchema = z.object({
  /** Most search states explorePaths may expand. */
  budget: z.number().int().min(1).max(MAX_BUDGET),
  /** The level to start at; null for the scenario's own. */
  difficulty: z.enum(DIFFICULTIES).nullable(),
});
export type ExplorerSettings = z.infer<typeof ExplorerSettingsSchema>;

export const ScenarioRequestSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("update"),
    update: z.custom<Uint8Array>((v) => v instanceof Uint8Array),
  }),
  z.object({ type: z.literal("snapshot"), id: z.number().int() }),
  z.object({ type: z.literal("explore"), id: z.number().int(), settings: ExplorerSettingsSchema }),
  z.object({
    type: z.literal("describe"),
    id: z.number().int(),
    choices: z.array(z.string()).max(100_000),
    difficulty: z.enum(DIFFICULTIES).nullable(),
  }),
]);
export type ScenarioRequest = z.infer<typeof ScenarioRequestSchema>;

const DimensionRangeSchema = z.object({
  id: z.string(),
  label: z.string(),
  maxPoints: z.number(),
  /** null: a loop on some route lowers (min) or raises (max) it without end. */
  min: z.number().nullable(),
  max: z.number().nullable(),
});

export const PathsSummarySchema = z.object({
  count: z.bigint(),
  cyclic: z.boolean(),
  cycleNodeIds: z.array(z.string()),
  dimensions: z.array(DimensionRangeSchema),
  /** Skill labels by id, for the paths' skill lists. */
  skills: z.record(z.string(), z.string()),
});
export type PathsSummary = z.infer<typeof PathsSummarySchema>;

export const ListedPathSchema = z.object({
  choices: z.array(z.string()),
  nodeIds: z.array(z.string()),
  edgeIds: z.array(z.string()),
  endingId: z.string(),
  endingTitle: z.string(),
  outcome: z.enum(OUTCOMES),
  scores: z.record(z.string(), z.number()),
  skillsPractised: z.array(z.string()),
  skillsMissed: z.array(z.string()),
  difficulty: z.enum(DIFFICULTIES),
});
export type ListedPath = z.infer<typeof ListedPathSchema>;

export const PathsListingSchema = z.object({
  paths: z.array(ListedPathSchema),
  /** Paths the search found; more than `paths.length` when the list was cut for the page. */
  found: z.number().int(),
  stoppedAtBudget: z.boolean(),
  statesVisited: z.number().int(),
  cutAtDepth: z.number().int(),
  budget: z.number().int(),
  stuckNodeIds: z.array(z.string()),
});
export type PathsListing = z.infer<typeof PathsListingSchema>;

const OptionAtSchema = z.object({ nodeId: z.string(), optionId: z.string(), text: z.string() });
export type OptionAt = z.infer<typeof OptionAtSchema>;

export const CoverageReportSchema = z.object({
  /** Every reachable state was expanded: the lists are exact. */
  complete: z.boolean(),
  statesVisited: z.number().int(),
  budget: z.number().int(),
  unreachedNodeIds: z.array(z.string()),
  unreachedOptions: z.array(OptionAtSchema),
  weakWithoutSuccessRoute: z.array(OptionAtSchema),
  stuckNodeIds: z.array(z.string()),
});
export type CoverageReport = z.infer<typeof CoverageReportSchema>;

const StepDescriptionSchema = z.object({
  nodeId: z.string(),
  kind: z.enum(["scene", "decision", "reflection", "ending"]),
  choice: z
    .object({ optionId: z.string().nullable(), text: z.string(), quality: z.enum(QUALITIES) })
    .nullable(),
  /** The mood gauge after the step, with its band's label; null without a gauge. */
  mood: z.object({ value: z.number(), label: z.string() }).nullable(),
});
export type StepDescription = z.infer<typeof StepDescriptionSchema>;

export const PathDescriptionSchema = z.object({
  steps: z.array(StepDescriptionSchema),
  scores: z.record(z.string(), z.number()),
  /** The finished run, for the preview's setState (the engine checks it by replay). */
  run: z.custom<RunState>((v) => typeof v === "object" && v !== null),
});
export type PathDescription = z.infer<typeof PathDescriptionSchema>;

const ms = z.number();
export const ScenarioResponseSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("snapshot"),
    id: z.number().int(),
    /** Read through core's reader, which repairs, so it is valid and not parsed again. */
    scenario: z.custom<Scenario>((v) => typeof v === "object" && v !== null),
  }),
  z.object({ type: z.literal("summary"), id: z.number().int(), summary: PathsSummarySchema, ms }),
  z.object({ type: z.literal("paths"), id: z.number().int(), listing: PathsListingSchema, ms }),
  z.object({
    type: z.literal("coverage"),
    id: z.number().int(),
    coverage: CoverageReportSchema,
    ms,
  }),
  z.object({
    type: z.literal("described"),
    id: z.number().int(),
    description: PathDescriptionSchema,
  }),
  z.object({ type: z.literal("failed"), id: z.number().int().nullable(), error: z.string() }),
]);
export type ScenarioResponse = z.infer<typeof ScenarioResponseSchema>;
