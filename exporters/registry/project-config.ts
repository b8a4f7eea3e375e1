import { z } from "zod";
import { BUILTIN_EXPORTER_IDS } from "../builtin-exporters";

/**
 * The part of `forkline.config.*` the exporters read. Other parts may add
 * their own keys, so unknown keys pass through.
 */
export const ForklineConfigSchema = z.looseObject({
  /**
   * The export formats offered, in order: a built-in id (json, html, scorm12,
   * scorm2004, xapi, cmi5), an npm package name, or a path (starting with "."
   * or "/") to a module, each exporting an exporter object.
   */
  exporters: z
    .array(z.string().min(1).max(300))
    .min(1)
    .default([...BUILTIN_EXPORTER_IDS]),
});
export type ForklineConfig = z.infer<typeof ForklineConfigSchema>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

export function parseForklineConfig(value: unknown, source = "configuration"): ForklineConfig {
  const result = ForklineConfigSchema.safeParse(value ?? {});
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new ConfigError(`${source} is invalid: ${issues.join("; ")}`);
  }
  return result.data;
}
