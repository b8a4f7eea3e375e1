import * as Y from "yjs";
import { z } from "zod";
import { encodeSyncStep2, isEmptyStateVector } from "./protocol";

/**
 * The update encoding of a client's sync answers. The stock client reads v1;
 * the studio asks for v2, which Chromium decodes about a third faster for a
 * large document (its strings are read in one go, not one by one).
 */
export const SyncFormatSchema = z.enum(["v1", "v2"]);
export type SyncFormat = z.infer<typeof SyncFormatSchema>;

/**
 * A document's answers to sync step 1. The answer to an empty state vector
 * (every client opening sends one) is the whole document: it is kept, per
 * encoding, until the document changes.
 */
export class SyncAnswers {
  #whole: Partial<Record<SyncFormat, Uint8Array>> = {};

  constructor(private readonly doc: Y.Doc) {}

  /** Keeps an encoding of the whole document already at hand (a loaded snapshot, v1). */
  seed(wholeStateV1: Uint8Array): void {
    this.#whole.v1 = encodeSyncStep2(wholeStateV1);
  }

  for(stateVector: Uint8Array, format: SyncFormat): Uint8Array {
    const encode = format === "v2" ? Y.encodeStateAsUpdateV2 : Y.encodeStateAsUpdate;
    if (!isEmptyStateVector(stateVector)) return encodeSyncStep2(encode(this.doc, stateVector));
    const kept = this.#whole[format] ?? encodeSyncStep2(encode(this.doc));
    this.#whole[format] = kept;
    return kept;
  }

  forget(): void {
    this.#whole = {};
  }
}
