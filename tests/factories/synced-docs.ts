/**
 * Two Y.Docs that exchange updates the way two browsers behind a collaboration
 * server do: every local update reaches the other doc, tagged as remote. Pause
 * the link to make concurrent edits, resume to deliver what was held back.
 */
import * as Y from "yjs";

export const REMOTE = Symbol("remote");

export interface SyncedDocs {
  a: Y.Doc;
  b: Y.Doc;
  /** Hold updates back so edits on both sides are concurrent. */
  pause(): void;
  /** Deliver what was held back, in both directions. */
  resume(): void;
}

export function syncedDocs(seed?: Y.Doc): SyncedDocs {
  const a = new Y.Doc();
  const b = new Y.Doc();
  if (seed) {
    Y.applyUpdate(a, Y.encodeStateAsUpdate(seed), REMOTE);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(seed), REMOTE);
  }
  let paused = false;
  const held: [Y.Doc, Uint8Array][] = [];
  const link = (from: Y.Doc, to: Y.Doc) =>
    from.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return;
      if (paused) held.push([to, update]);
      else Y.applyUpdate(to, update, REMOTE);
    });
  link(a, b);
  link(b, a);
  return {
    a,
    b,
    pause: () => {
      paused = true;
    },
    resume: () => {
      paused = false;
      for (const [to, update] of held.splice(0)) Y.applyUpdate(to, update, REMOTE);
    },
  };
}
