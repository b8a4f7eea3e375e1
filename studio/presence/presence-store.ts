import type { Awareness } from "y-protocols/awareness";
import { z } from "zod";

export interface PresenceUser {
  id: string;
  name: string;
  color: string;
}

export interface Peer {
  clientId: number;
  user: PresenceUser;
}

export interface RemoteCursor {
  clientId: number;
  x: number;
  y: number;
  name: string;
  color: string;
}

/** Awareness states come from other clients: read them through zod and ignore what does not fit. */
const AwarenessStateSchema = z.looseObject({
  user: z.object({ id: z.string().max(200), name: z.string().max(200), color: z.string().max(40) }),
  cursor: z.object({ x: z.number().finite(), y: z.number().finite() }).nullable().optional(),
  selection: z.array(z.string().max(64)).max(10_000).optional(),
});

type Listener = () => void;

interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * Everyone else's presence, split into three snapshots that change at
 * different rates (who is here, what they selected, where their cursor is), so
 * each part of the UI re-renders only for what it shows.
 */
export class PresenceStore {
  peers: readonly Peer[] = [];
  cursors: readonly RemoteCursor[] = [];
  /** Node id → `color|name` of the first remote user who selected it. */
  selections: ReadonlyMap<string, string> = new Map();

  private readonly peerListeners = new Set<Listener>();
  private readonly cursorListeners = new Set<Listener>();
  private readonly selectionListeners = new Set<Listener>();
  private peerKey = "";
  private selectionKey = "";

  constructor(private readonly awareness: Awareness) {
    awareness.on("change", this.refresh);
    this.refresh();
  }

  destroy(): void {
    this.awareness.off("change", this.refresh);
  }

  setLocalUser(user: PresenceUser): void {
    this.awareness.setLocalStateField("user", user);
  }

  setLocalCursor(cursor: { x: number; y: number } | null): void {
    this.awareness.setLocalStateField("cursor", cursor);
  }

  setLocalSelection(nodeIds: readonly string[]): void {
    this.awareness.setLocalStateField("selection", nodeIds);
  }

  subscribePeers = (listener: Listener) => subscribe(this.peerListeners, listener);
  subscribeCursors = (listener: Listener) => subscribe(this.cursorListeners, listener);
  subscribeSelections = (listener: Listener) => subscribe(this.selectionListeners, listener);

  private readonly refresh = (changes?: AwarenessChanges): void => {
    // One's own state shows nowhere here, and one's own pointer changes it a dozen times a second.
    const own = this.awareness.clientID;
    if (
      changes &&
      [changes.added, changes.updated, changes.removed].every((ids) =>
        ids.every((id) => id === own),
      )
    )
      return;
    const peers: Peer[] = [];
    const cursors: RemoteCursor[] = [];
    const selections = new Map<string, string>();
    const states = [...this.awareness.getStates().entries()].sort(([a], [b]) => a - b);
    for (const [clientId, raw] of states) {
      if (clientId === this.awareness.clientID) continue;
      const parsed = AwarenessStateSchema.safeParse(raw);
      if (!parsed.success) continue;
      const { user, cursor, selection } = parsed.data;
      peers.push({ clientId, user });
      if (cursor)
        cursors.push({ clientId, x: cursor.x, y: cursor.y, name: user.name, color: user.color });
      for (const nodeId of selection ?? []) {
        if (!selections.has(nodeId)) selections.set(nodeId, `${user.color}|${user.name}`);
      }
    }
    const peerKey = peers.map((p) => `${p.clientId}:${p.user.name}:${p.user.color}`).join(",");
    if (peerKey !== this.peerKey) {
      this.peerKey = peerKey;
      this.peers = peers;
      emit(this.peerListeners);
    }
    const selectionKey = [...selections].map(([k, v]) => `${k}=${v}`).join(",");
    if (selectionKey !== this.selectionKey) {
      this.selectionKey = selectionKey;
      this.selections = selections;
      emit(this.selectionListeners);
    }
    if (cursors.length > 0 || this.cursors.length > 0) {
      this.cursors = cursors;
      emit(this.cursorListeners);
    }
  };
}

function subscribe(set: Set<Listener>, listener: Listener): () => void {
  set.add(listener);
  return () => set.delete(listener);
}

function emit(set: Set<Listener>): void {
  for (const listener of set) listener();
}
