import * as Y from "yjs";
import { z } from "zod";
import { encodeDocumentPart, encodeSyncStep2, isEmptyStateVector } from "./protocol";
import { splitDocument } from "./split-document";

/**
 * The update encoding of a client's sync answers. The stock client reads v1;
 * the studio asks for v2, which Chromium decodes about a third faster for a
 * large document (its strings are read in one go, not one by one), in parts
 * (`v2-parts`): the whole document comes as document parts (see MESSAGE) of
 * a few thousand structs each and a last sync step 2 with the rest, all v2,
 * so the page decodes it in steps it can answer input between.
 */
export const SyncFormatSchema = z.enum(["v1", "v2", "v2-parts"]);
export type SyncFormat = z.infer<typeof SyncFormatSchema>;

const encoderOf = (format: SyncFormat) =>
  format === "v1" ? Y.encodeStateAsUpdate : Y.encodeStateAsUpdateV2;

/**
 * A document's answers to sync step 1. The answer to an empty state vector
 * (every client opening sends one) is the whole document: it is kept, per
 * encoding, until the document changes.
 */
export class SyncAnswers {
  #whole: Partial<Record<SyncFormat, Uint8Array[]>> = {};

  constructor(private readonly doc: Y.Doc) {}

  /** Keeps an encoding of the whole document already at hand (a loaded snapshot, v1). */
  seed(wholeStateV1: Uint8Array): void {
    this.#whole.v1 = [encodeSyncStep2(wholeStateV1)];
  }

  /** The frames answering a sync step 1, to be sent in order. */
  for(stateVector: Uint8Array, format: SyncFormat): Uint8Array[] {
    if (!isEmptyStateVector(stateVector))
      return [encodeSyncStep2(encoderOf(format)(this.doc, stateVector))];
    const kept = this.#whole[format] ?? this.#wholeIn(format);
    this.#whole[format] = kept;
    return kept;
  }

  #wholeIn(format: SyncFormat): Uint8Array[] {
    if (format !== "v2-parts") return [encodeSyncStep2(encoderOf(format)(this.doc))];
    const parts = splitDocument(this.doc);
    const last = parts.pop()!;
    return [...parts.map(encodeDocumentPart), encodeSyncStep2(last)];
  }

  forget(): void {
    this.#whole = {};
  }
}
