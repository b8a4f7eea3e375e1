/** Byte equality of two encoded state vectors: equal means nothing new arrived since the last read. */
export function sameStateVector(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
