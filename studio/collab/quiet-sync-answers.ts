import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import { messageSync, type WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type { OpeningGate } from "./opening-gate";
import type { UpdateFeed } from "./update-feed";

/**
 * Has the provider apply the server's answers to its sync step 1 (the whole
 * document, when opening) through `feed.applyQuietly`: the provider's own
 * listener would drop the change anyway (it came from the provider), and the
 * feed passes the server's bytes on instead of an encoding of them. The
 * provider connects with `?sync=v2`, so these answers are in the v2 encoding,
 * which the stock handler would not read. Every
 * other sync message is handled by the stock handler.
 *
 * With a `gate`, answers (and the updates that follow them) wait, in order,
 * until it opens (see OpeningGate).
 */
export function quietSyncAnswers(
  provider: WebsocketProvider,
  feed: UpdateFeed,
  gate?: OpeningGate,
): void {
  const stock = provider.messageHandlers[messageSync]!;
  const applyAnswer = (update: Uint8Array, p: WebsocketProvider, emitSynced: boolean) => {
    feed.applyQuietly(
      update,
      [p._updateHandler],
      () => {
        try {
          Y.applyUpdateV2(p.doc, update, p);
        } catch (error) {
          console.error("Caught error while handling a Yjs update", error);
        }
      },
      true,
    );
    if (emitSynced && !p.synced) p.synced = true;
  };
  let waiting: (() => void)[] | null = null;
  const later = (run: () => void) => {
    if (!waiting) {
      const queue: (() => void)[] = [];
      waiting = queue;
      void gate?.opened.then(() => {
        waiting = null;
        if (provider.doc.isDestroyed) return;
        for (const step of queue) step();
      });
    }
    waiting.push(run);
  };
  provider.messageHandlers[messageSync] = (encoder, decoder, p, emitSynced, messageType) => {
    const peek = decoding.clone(decoder);
    const type = decoding.readVarUint(peek);
    const held = waiting !== null || (gate !== undefined && !gate.isOpen);
    if (type === syncProtocol.messageYjsSyncStep2) {
      const update = decoding.readVarUint8Array(peek);
      decoder.pos = peek.pos;
      // As the stock handler: the reply starts with the message type, and a step 2 adds nothing to it.
      encoding.writeVarUint(encoder, messageSync);
      if (held) later(() => applyAnswer(update, p, emitSynced));
      else applyAnswer(update, p, emitSynced);
      return;
    }
    if (type === syncProtocol.messageYjsUpdate && waiting !== null) {
      // Behind a held answer, an update waits its turn (it may build on the answer).
      const update = decoding.readVarUint8Array(peek);
      decoder.pos = peek.pos;
      encoding.writeVarUint(encoder, messageSync);
      later(() => Y.applyUpdate(p.doc, update, p));
      return;
    }
    stock(encoder, decoder, p, emitSynced, messageType);
  };
}
