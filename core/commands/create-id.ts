import { uint32 } from "lib0/random";
import type { NodeKind } from "../schema/nodes";

/** Short, readable prefixes so an id in a log or a SCORM record says what it names. */
export const NODE_ID_PREFIXES: Readonly<Record<NodeKind, string>> = {
  scene: "scene",
  decision: "dec",
  condition: "cond",
  reflection: "refl",
  ending: "end",
  note: "note",
};

function randomPart(): string {
  // Two 32-bit draws give about 10^19 possibilities: collisions between peers editing offline are not a concern.
  return (uint32().toString(36) + uint32().toString(36)).padStart(12, "0").slice(-12);
}

/**
 * A fresh id like `dec_k3j9x0a1b2c3`: the prefix, then 12 random base-36
 * characters from a cryptographic source. `taken` lets the caller rule out ids
 * already in use; the loop practically never runs twice.
 */
export function createId(prefix: string, taken: (id: string) => boolean = () => false): string {
  for (;;) {
    const id = `${prefix}_${randomPart()}`;
    if (!taken(id)) return id;
  }
}
