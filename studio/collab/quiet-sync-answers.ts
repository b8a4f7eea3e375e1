import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import { messageSync, type WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type { OpeningGate } from "./opening-gate";
import type { UpdateFeed } from "./update-feed";

/**
 * The server's own message for a part of the whole document (a v2 update),
 * sent to clients that connect with `?sync=v2-parts` (see the server's
 * protocol.ts).
 */
export const MESSAGE_DOCUMENT_PART = 100;

/** How long one task may spend applying held parts before the page gets a turn. */
const SLICE_MS = 30;

/**
 * Has the provider apply the server's answers to its sync step 1 (the whole
 * document, when opening, in document parts and a last step 2) through
 * `feed.applyQuietly`: the provider's own listener would drop the change
 * anyway (it came from the provider), and the feed passes the server's bytes
 * on instead of an encoding of them. The provider connects with
 * `?sync=v2-parts`, so these are in the v2 encoding, which the stock handler
 * would not read. Updates that come before the provider has synced are
 * applied the same way; every other sync message goes to the stock handler.
 *
 * With a `gate`, all of those wait, in order, until it opens (see
 * OpeningGate), and are then applied a slice of time per task, so the page
 * answers input between them.
 */
export function quietSyncAnswers(
  provider: WebsocketProvider,
  feed: UpdateFeed,
  gate?: OpeningGate,
): void {
  const stock = provider.messageHandlers[messageSync]!;
  let waiting: (() => void)[] | null = null;
  const later = (step: () => void) => {
    if (waiting) {
      waiting.push(step);
      return;
    }
    const queue = [step];
    waiting = queue;
    // A task per slice; the channel is closed once the queue is empty (an open one is never freed).
    const nextTask = new MessageChannel();
    const drain = () => {
      const until = performance.now() + SLICE_MS;
      do {
        const next = queue.shift();
        if (next && !provider.doc.isDestroyed) next();
      } while (queue.length > 0 && performance.now() < until);
      if (queue.length > 0) {
        nextTask.port2.postMessage(null);
        return;
      }
      waiting = null;
      nextTask.port1.close();
    };
    nextTask.port1.onmessage = drain;
    void gate?.opened.then(drain);
  };
  /** Applies (now, or in turn) an update from the server; a last answer marks the provider synced. */
  const take = (update: Uint8Array, v2: boolean, p: WebsocketProvider, synced: boolean) => {
    const apply = () => {
      feed.applyQuietly(
        update,
        [p._updateHandler],
        () => {
          try {
            if (v2) Y.applyUpdateV2(p.doc, update, p);
            else Y.applyUpdate(p.doc, update, p);
          } catch (error) {
            console.error("Caught error while handling a Yjs update", error);
          }
        },
        v2,
      );
      if (synced && !p.synced) p.synced = true;
    };
    if (waiting !== null || (gate !== undefined && !gate.isOpen)) later(apply);
    else apply();
  };
  provider.messageHandlers[MESSAGE_DOCUMENT_PART] = (_encoder, decoder, p) => {
    take(decoding.readVarUint8Array(decoder), true, p, false);
  };
  provider.messageHandlers[messageSync] = (encoder, decoder, p, emitSynced, messageType) => {
    const peek = decoding.clone(decoder);
    const type = decoding.readVarUint(peek);
    const answer = type === syncProtocol.messageYjsSyncStep2;
    if (!answer && !(type === syncProtocol.messageYjsUpdate && !p.synced)) {
      stock(encoder, decoder, p, emitSynced, messageType);
      return;
    }
    const update = decoding.readVarUint8Array(peek);
    decoder.pos = peek.pos;
    // As the stock handler: the reply starts with the message type, and these add nothing to it.
    encoding.writeVarUint(encoder, messageSync);
    take(update, answer, p, answer && emitSynced);
  };
}
