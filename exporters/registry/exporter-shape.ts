import { z } from "zod";
import type { Exporter } from "../contract";

const isFunction = (v: unknown) => typeof v === "function";

/**
 * What a module must export to be an exporter. Checked at the boundary where
 * third-party code comes in; the options schema is duck-typed (a zod 4 schema
 * from another copy of zod is still a zod schema).
 */
export const ExporterShapeSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "ids are lower-case letters, digits and '-', at most 40"),
  label: z.string().min(1).max(80),
  version: z.string().regex(/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/, "a semver version"),
  scenarioVersions: z.array(z.number().int().positive()).min(1),
  options: z.custom<z.ZodType>(
    (v) =>
      typeof v === "object" &&
      v !== null &&
      isFunction((v as { safeParse?: unknown }).safeParse) &&
      "_zod" in v,
    "a zod 4 schema",
  ),
  output: z.enum(["zip", "html", "json"]),
  validate: z.custom<Exporter["validate"]>(isFunction, "a function"),
  build: z.custom<Exporter["build"]>(isFunction, "a function"),
});

export class ExporterShapeError extends Error {
  constructor(
    readonly source: string,
    readonly issues: string[],
  ) {
    super(`${source} does not export a valid exporter: ${issues.join("; ")}`);
    this.name = "ExporterShapeError";
  }
}

/** Checks an object against the exporter contract; throws ExporterShapeError naming `source`. */
export function checkExporterShape(value: unknown, source: string): Exporter {
  const result = ExporterShapeSchema.safeParse(value);
  if (!result.success) {
    throw new ExporterShapeError(
      source,
      result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`),
    );
  }
  return value as Exporter;
}
