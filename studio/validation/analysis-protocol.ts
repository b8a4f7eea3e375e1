import { z } from "zod";

export const AnalysisRequestSchema = z.union([
  z.object({
    type: z.literal("update"),
    update: z.custom<Uint8Array>((v) => v instanceof Uint8Array),
    /** In Yjs's v2 encoding (the first sync, as the server sent it). */
    v2: z.boolean().default(false),
  }),
  /** The document is complete: analysis may begin. */
  z.object({ type: z.literal("start") }),
  /** The inspector wants the derived scenario with every result (it costs a structured clone). */
  z.object({ type: z.literal("want-scenario"), value: z.boolean() }),
]);
export type AnalysisRequest = z.infer<typeof AnalysisRequestSchema>;

export const DiagnosticItemSchema = z.object({
  code: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  message: z.string(),
  nodeId: z.string().optional(),
  optionId: z.string().optional(),
  edgeId: z.string().optional(),
});
export type DiagnosticItem = z.infer<typeof DiagnosticItemSchema>;

export const AnalysisResponseSchema = z.union([
  z.object({
    type: z.literal("diagnostics"),
    diagnostics: z.array(DiagnosticItemSchema),
    ms: z.number(),
    /** Present when asked for; already valid (core's reader repairs), so not parsed again here. */
    scenario: z.unknown().optional(),
  }),
  z.object({ type: z.literal("failed"), error: z.string() }),
]);
export type AnalysisResponse = z.infer<typeof AnalysisResponseSchema>;
