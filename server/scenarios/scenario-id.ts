import { randomBytes } from "node:crypto";

/** `sc_` and 12 random base-36 characters (62 bits): short in a URL, safe in every id slot. */
export function newScenarioId(): string {
  const n = randomBytes(8).readBigUInt64BE();
  return `sc_${n.toString(36).padStart(13, "0").slice(-12)}`;
}
