import * as encoding from "lib0/encoding";
import * as Y from "yjs";

/** About 20 ms of decoding each in Chromium on a small machine. */
export const STRUCTS_PER_PART = 2000;

/** A run of one client's consecutive structs. */
interface Run {
  client: number;
  structs: readonly (Y.Item | Y.GC)[];
}

/**
 * The whole document as v2 updates of at most `maxStructs` structs each, to
 * be applied in order, so a client decoding a large document does so in
 * steps short enough for its page to answer input in between. The structs
 * are written straight from the document's store, as Yjs itself encodes a
 * state; the last part carries every struct not in the others and the whole
 * delete set. Each client's structs stay in clock order and the largest
 * client (usually the one that created the document, whose items the others'
 * build on) goes first, so parts rarely wait on a later one; when one does,
 * Yjs keeps it pending until the rest has come, so the result is the same
 * document either way.
 */
export function splitDocument(doc: Y.Doc, maxStructs = STRUCTS_PER_PART): Uint8Array[] {
  const clients = [...doc.store.clients].sort((a, b) => b[1].length - a[1].length);
  const parts: Uint8Array[] = [];
  const sent = new Map<number, number>();
  let part: Run[] = [];
  let size = 0;
  const flush = () => {
    parts.push(encodeRuns(part));
    for (const run of part) {
      const last = run.structs[run.structs.length - 1]!;
      sent.set(run.client, last.id.clock + last.length);
    }
    part = [];
    size = 0;
  };
  for (const [client, structs] of clients) {
    let from = 0;
    while (from < structs.length) {
      const take = Math.min(maxStructs - size, structs.length - from);
      part.push({ client, structs: structs.slice(from, from + take) as (Y.Item | Y.GC)[] });
      from += take;
      size += take;
      if (size >= maxStructs) flush();
    }
  }
  // The rest, and the delete set, as Yjs itself writes them.
  parts.push(Y.encodeStateAsUpdateV2(doc, Y.encodeStateVector(sent)));
  return parts;
}

function encodeRuns(runs: readonly Run[]): Uint8Array {
  const encoder = new Y.UpdateEncoderV2();
  encoding.writeVarUint(encoder.restEncoder, runs.length);
  for (const { client, structs } of runs) {
    encoding.writeVarUint(encoder.restEncoder, structs.length);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, structs[0]!.id.clock);
    for (const struct of structs) struct.write(encoder, 0);
  }
  // An empty delete set: the last part carries the whole one.
  encoding.writeVarUint(encoder.restEncoder, 0);
  return encoder.toUint8Array();
}
