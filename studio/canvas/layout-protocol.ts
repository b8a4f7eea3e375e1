import { z } from "zod";

/** What the page sends the layout worker and what comes back; both sides parse with these. */
export const LayoutRequestSchema = z.object({
  requestId: z.number().int(),
  nodes: z.array(
    z.object({
      id: z.string(),
      width: z.number().positive(),
      height: z.number().positive(),
      /** Output ports top to bottom, so edges leave in the order options are listed. */
      ports: z.array(z.string()),
    }),
  ),
  edges: z.array(
    z.object({ id: z.string(), source: z.string(), sourcePort: z.string(), target: z.string() }),
  ),
});
export type LayoutRequest = z.infer<typeof LayoutRequestSchema>;

export const LayoutResponseSchema = z.union([
  z.object({
    requestId: z.number().int(),
    ok: z.literal(true),
    positions: z.record(z.string(), z.object({ x: z.number(), y: z.number() })),
    ms: z.number(),
  }),
  z.object({ requestId: z.number().int(), ok: z.literal(false), error: z.string() }),
]);
export type LayoutResponse = z.infer<typeof LayoutResponseSchema>;
