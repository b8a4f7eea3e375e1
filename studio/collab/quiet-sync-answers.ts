import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import { messageSync, type WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type { UpdateFeed } from "./update-feed";

/**
 * Has the provider apply the server's answers to its sync step 1 (the whole
 * document, when opening) through `feed.applyQuietly`: the provider's own
 * listener would drop the change anyway (it came from the provider), and the
 * feed passes the server's bytes on instead of an encoding of them. The
 * provider connects with `?sync=v2`, so these answers are in the v2 encoding,
 * which the stock handler would not read. Every
 * other sync message is handled by the stock handler.
 */
export function quietSyncAnswers(provider: WebsocketProvider, feed: UpdateFeed): void {
  const stock = provider.messageHandlers[messageSync]!;
  provider.messageHandlers[messageSync] = (encoder, decoder, p, emitSynced, messageType) => {
    const peek = decoding.clone(decoder);
    if (decoding.readVarUint(peek) !== syncProtocol.messageYjsSyncStep2) {
      stock(encoder, decoder, p, emitSynced, messageType);
      return;
    }
    const update = decoding.readVarUint8Array(peek);
    decoder.pos = peek.pos;
    // As the stock handler: the reply starts with the message type, and a step 2 adds nothing to it.
    encoding.writeVarUint(encoder, messageSync);
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
}
