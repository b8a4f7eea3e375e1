import { z } from "zod";
import { EdgeSchema, NodeSchema } from "../schema/nodes";
import { DimensionSchema, PersonaSchema, SkillSchema } from "../schema/scenario";
import { VariableSchema } from "../schema/variables";

export const CLIPBOARD_FORMAT = "forkline.clipboard";
export const CLIPBOARD_VERSION = 1;

/**
 * What copy puts on the clipboard: nodes, the edges between them, and the
 * definitions they refer to (variables, personas, skills, rubric dimensions),
 * so pasting into another scenario brings what the nodes need. Plain JSON,
 * safe to put in the system clipboard and validated again on paste.
 */
export const ClipboardPayloadSchema = /* @__PURE__ */ z.object({
  format: z.literal(CLIPBOARD_FORMAT),
  version: z.literal(CLIPBOARD_VERSION),
  nodes: z.array(NodeSchema).max(50000),
  edges: z.array(EdgeSchema).max(200000),
  variables: z.array(VariableSchema).default([]),
  personas: z.array(PersonaSchema).default([]),
  skills: z.array(SkillSchema).default([]),
  dimensions: z.array(DimensionSchema).default([]),
});
export type ClipboardPayload = z.infer<typeof ClipboardPayloadSchema>;
