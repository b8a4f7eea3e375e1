import * as encoding from "lib0/encoding";
import * as Y from "yjs";

/** A run of one client's consecutive structs. */
interface Run {
  client: number;
  structs: (Y.Item | Y.GC)[];
}

/**
 * Cuts a whole-document update (v1) into updates of at most `maxStructs`
 * structs each, to be applied in order, so a client decoding a large
 * document does so in steps short enough for its page to answer input in
 * between. The last part carries every struct not in the others and the
 * whole delete set. Each client's structs stay in clock order and the largest
 * client (usually the one that created the document, whose items the others'
 * build on) goes first, so parts rarely wait on a later one; when one does,
 * Yjs keeps it pending until the rest has come, so the result is the same
 * document either way. An update that is not a plain state (it has skips)
 * is left whole.
 */
export function splitUpdate(update: Uint8Array, maxStructs: number): Uint8Array[] {
  const { structs } = Y.decodeUpdate(update);
  if (structs.length <= maxStructs) return [update];
  const byClient = new Map<number, (Y.Item | Y.GC)[]>();
  for (const struct of structs) {
    if (struct instanceof Y.Skip) return [update];
    const list = byClient.get(struct.id.client);
    if (list) list.push(struct as Y.Item | Y.GC);
    else byClient.set(struct.id.client, [struct as Y.Item | Y.GC]);
  }
  const clients = [...byClient].sort((a, b) => b[1].length - a[1].length);

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
  for (const [client, list] of clients) {
    let from = 0;
    while (from < list.length) {
      const take = Math.min(maxStructs - size, list.length - from);
      part.push({ client, structs: list.slice(from, from + take) });
      from += take;
      size += take;
      if (size >= maxStructs) flush();
    }
  }
  // The rest, and the delete set, as Yjs itself writes them.
  parts.push(Y.diffUpdate(update, encodeStateVector(sent)));
  return parts;
}

function encodeRuns(runs: readonly Run[]): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
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

function encodeStateVector(clocks: ReadonlyMap<number, number>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, clocks.size);
  for (const [client, clock] of clocks) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
  }
  return encoding.toUint8Array(encoder);
}
