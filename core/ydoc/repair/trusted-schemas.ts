import { z } from "zod";
import { NodeSchema } from "../../schema/nodes";
import { type RichText, RichTextSchema } from "../../schema/rich-text";
import { type Scenario, ScenarioSchema } from "../../schema/scenario";
import { replaceSubschema } from "./replace-subschema";

/**
 * The reader builds every rich-text value itself (from a fragment, or plain
 * JSON it has already checked), so checking it again is wasted work, and the
 * recursive rich-text schema is by far the costliest part of checking a large
 * scenario (it also keeps zod from compiling the rest). These schemas are the
 * real ones with rich text taken on trust; everything else is checked exactly
 * as ScenarioSchema checks it, and compiled. Built on first use, so code that
 * never reads a live document (the player) pays nothing for them.
 */
function trusting<T extends z.ZodType>(schema: T): T {
  const trustedRichText = z.custom<RichText>(
    (v) => typeof v === "object" && v !== null && (v as { type?: unknown }).type === "doc",
  );
  return z.compile(replaceSubschema(schema, RichTextSchema, trustedRichText)) as unknown as T;
}

let scenario: z.ZodType<Scenario> | undefined;
let node: typeof NodeSchema | undefined;

export function trustedScenarioSchema(): z.ZodType<Scenario> {
  scenario ??= trusting(ScenarioSchema);
  return scenario;
}

export function trustedNodeSchema(): typeof NodeSchema {
  node ??= trusting(NodeSchema);
  return node;
}
