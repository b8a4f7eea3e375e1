import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";

/**
 * A document and its provider opened before the app has rendered, when the
 * page is loaded straight on a scenario's URL: the collaboration sync then
 * runs while the studio's code is still being parsed. Updates are kept until
 * the session takes over, so the analysis worker receives the first sync as
 * Yjs encoded it, without encoding the document again.
 */
export interface EarlyConnection {
  scenarioId: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Updates the document emitted before the session took it over. */
  takeUpdates(): Uint8Array[];
}

let early: EarlyConnection | null = null;

export const collabUrl = (): string => `${location.origin.replace(/^http/, "ws")}/collab`;

export function openProvider(scenarioId: string, doc: Y.Doc): WebsocketProvider {
  const provider = new WebsocketProvider(collabUrl(), scenarioId, doc, { maxBackoffTime: 5000 });
  provider.once("sync", () => performance.mark("forkline:synced"));
  return provider;
}

export function connectEarly(scenarioId: string): void {
  if (early) return;
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  const keep = (update: Uint8Array) => updates.push(update);
  doc.on("update", keep);
  const provider = openProvider(scenarioId, doc);
  early = {
    scenarioId,
    doc,
    provider,
    takeUpdates() {
      doc.off("update", keep);
      return updates.splice(0);
    },
  };
}

/** The early connection for this scenario, handed over once; any other one is closed. */
export function takeEarlyConnection(scenarioId: string): EarlyConnection | null {
  const taken = early;
  early = null;
  if (taken && taken.scenarioId !== scenarioId) {
    taken.takeUpdates();
    taken.provider.destroy();
    taken.doc.destroy();
    return null;
  }
  return taken;
}
