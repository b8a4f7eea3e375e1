import type { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { localUndoManager } from "../../core";
import { PresenceStore, type PresenceUser } from "../presence/presence-store";
import { AnalysisMirror } from "../validation/analysis-mirror";
import { type EarlyConnection, openProvider } from "./early-connection";
import { OfflineStash } from "./offline-stash";
import { UpdateFeed } from "./update-feed";

/**
 * One open scenario: its Y.Doc, the stock y-websocket provider, presence and
 * an undo manager that tracks only this tab's origin, so nobody undoes
 * someone else's edit.
 */
export class CollabSession {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly presence: PresenceStore;
  /** Passed to every core command this tab runs; the undo manager tracks only this origin. */
  readonly origin: { readonly kind: "studio-canvas"; readonly clientId: number };
  readonly undoManager: Y.UndoManager;
  /** Diagnostics (and the derived scenario) computed off the main thread. */
  readonly analysis: AnalysisMirror;
  private readonly feed: UpdateFeed;
  /** This device's edits the server may not have yet, kept across a closed tab. */
  private readonly stash: OfflineStash;

  /** Takes over a connection opened before the app rendered, if there is one for this scenario. */
  constructor(
    readonly scenarioId: string,
    user: PresenceUser,
    early: EarlyConnection | null = null,
  ) {
    this.doc = early?.doc ?? new Y.Doc();
    this.origin = { kind: "studio-canvas", clientId: this.doc.clientID };
    this.feed = early?.feed ?? new UpdateFeed(this.doc);
    this.analysis = new AnalysisMirror(this.feed);
    this.provider = early?.provider ?? openProvider(scenarioId, this.doc, this.feed);
    this.stash = new OfflineStash(scenarioId, this.doc, this.provider, this.feed);
    this.presence = new PresenceStore(this.provider.awareness);
    this.presence.setLocalUser(user);
    this.undoManager = localUndoManager(this.doc, this.origin);
  }

  destroy(): void {
    this.undoManager.destroy();
    this.stash.destroy();
    this.analysis.destroy();
    this.feed.destroy();
    this.presence.destroy();
    this.provider.awareness.setLocalState(null);
    this.provider.destroy();
    this.doc.destroy();
  }
}
