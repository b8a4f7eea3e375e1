import { z } from "zod";

/**
 * Ids appear in SCORM interaction ids, xAPI IRIs and CSS selectors, so they are
 * kept to a conservative alphabet with no whitespace.
 */
export const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_.-]*$/,
    "ids use letters, digits, '_', '.', '-' and start with a letter or digit",
  );

/** Variable names double as identifiers in conditions and effects. */
export const VariableNameSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(
    /^[A-Za-z_][A-Za-z0-9_]*$/,
    "variable names use letters, digits and '_' and do not start with a digit",
  )
  // Run state keeps variables in plain objects; a name like `__proto__` or
  // `constructor` would read the prototype instead of a value.
  .refine((name) => !(name in Object.prototype), {
    message: "this name is reserved by JavaScript objects; choose another",
  });

/** Assets are stored by content hash: `sha256-` and 64 hex digits (longer than an id). */
export const AssetIdSchema = z
  .string()
  .regex(/^sha256-[0-9a-f]{64}$/, "asset ids are 'sha256-' and 64 lowercase hex digits");
