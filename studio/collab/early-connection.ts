import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { createOpeningGate, type OpeningGate, openOpeningGate } from "./opening-gate";
import { quietSyncAnswers } from "./quiet-sync-answers";
import { UpdateFeed } from "./update-feed";

/**
 * A document and its provider opened before the app has rendered, when the
 * page is loaded straight on a scenario's URL: the collaboration sync then
 * runs while the studio's code is still being fetched and parsed. The feed
 * keeps the document's updates until the session's analysis worker takes them.
 */
export interface EarlyConnection {
  scenarioId: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
  feed: UpdateFeed;
}

let early: EarlyConnection | null = null;

export const collabUrl = (): string => `${location.origin.replace(/^http/, "ws")}/collab`;

export function openProvider(
  scenarioId: string,
  doc: Y.Doc,
  feed: UpdateFeed,
  gate?: OpeningGate,
): WebsocketProvider {
  // Sync answers in the v2 encoding (the whole document decodes faster so) and in parts (the
  // page answers input while it decodes), which quietSyncAnswers applies.
  const provider = new WebsocketProvider(collabUrl(), scenarioId, doc, {
    maxBackoffTime: 5000,
    params: { sync: "v2-parts" },
  });
  // Before any message can arrive: the socket's events run after this task.
  quietSyncAnswers(provider, feed, gate);
  provider.once("sync", () => performance.mark("forkline:synced"));
  return provider;
}

export function connectEarly(scenarioId: string): void {
  if (early) return;
  const doc = new Y.Doc();
  const feed = new UpdateFeed(doc);
  // The canvas opens the gate once it has drawn the server's first view (first-view-request.ts).
  const gate = createOpeningGate();
  early = { scenarioId, doc, feed, provider: openProvider(scenarioId, doc, feed, gate) };
}

/** The early connection for this scenario, handed over once; any other one is closed. */
export function takeEarlyConnection(scenarioId: string): EarlyConnection | null {
  const taken = early;
  early = null;
  if (taken && taken.scenarioId !== scenarioId) {
    openOpeningGate();
    taken.provider.destroy();
    taken.feed.destroy();
    taken.doc.destroy();
    return null;
  }
  return taken;
}
