import { z } from "zod";

/** Timestamps may come as ISO strings or epoch milliseconds; the studio only displays them. */
const Timestamp = z.union([z.string(), z.number()]).nullable().optional();

export const ScenarioSummarySchema = z.looseObject({
  id: z.string().min(1),
  title: z.string(),
  summary: z.string().optional().catch(undefined),
  tags: z.array(z.string()).optional().catch(undefined),
  nodeCount: z.number().int().nonnegative().optional().catch(undefined),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp,
});
export type ScenarioSummary = z.infer<typeof ScenarioSummarySchema>;

/** A bare list or a list wrapped in an object: both are accepted so the list view survives either shape. */
export const ScenarioListSchema = z
  .union([
    z.array(ScenarioSummarySchema),
    z.looseObject({ scenarios: z.array(ScenarioSummarySchema) }),
    z.looseObject({ items: z.array(ScenarioSummarySchema) }),
  ])
  .transform((value): ScenarioSummary[] => {
    if (Array.isArray(value)) return value;
    if (Array.isArray(value.scenarios)) return value.scenarios as ScenarioSummary[];
    return value.items as ScenarioSummary[];
  });

const TemplateEntrySchema = z
  .looseObject({
    name: z.string().min(1).optional(),
    id: z.string().min(1).optional(),
    title: z.string().optional(),
    summary: z.string().optional(),
    description: z.string().optional(),
  })
  .refine((t) => t.name !== undefined || t.id !== undefined, "a template needs a name")
  .transform((t) => ({
    name: (t.name ?? t.id)!,
    title: t.title ?? t.name ?? t.id ?? "",
    summary: t.summary ?? t.description ?? "",
  }));
export type TemplateEntry = z.infer<typeof TemplateEntrySchema>;

export const TemplateListSchema = z
  .union([z.array(TemplateEntrySchema), z.looseObject({ templates: z.array(TemplateEntrySchema) })])
  .transform((value) => (Array.isArray(value) ? value : value.templates));

export const CreatedSchema = z.looseObject({ id: z.string().min(1) });

export const MeSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  color: z.string(),
  role: z.string().optional(),
});
export type Me = z.infer<typeof MeSchema>;

const IssuePathSchema = z
  .union([z.string(), z.array(z.union([z.string(), z.number()]))])
  .optional()
  .default("");

export const ApiErrorBodySchema = z.looseObject({
  error: z.looseObject({
    code: z.string().optional().default("error"),
    message: z.string().optional().default(""),
    issues: z
      .array(z.looseObject({ path: IssuePathSchema, message: z.string() }))
      .optional()
      .default([]),
  }),
});
