import { createContext, useContext, useSyncExternalStore } from "react";
import type { Peer, PresenceStore, RemoteCursor } from "./presence-store";

export const PresenceContext = createContext<PresenceStore | null>(null);

function usePresenceStore(): PresenceStore {
  const store = useContext(PresenceContext);
  if (!store) throw new Error("PresenceContext is missing");
  return store;
}

export function usePeers(): readonly Peer[] {
  const store = usePresenceStore();
  return useSyncExternalStore(store.subscribePeers, () => store.peers);
}

export function useRemoteCursors(): readonly RemoteCursor[] {
  const store = usePresenceStore();
  return useSyncExternalStore(store.subscribeCursors, () => store.cursors);
}

/**
 * The colour and name of a remote user who has this node selected, as one
 * string: a node re-renders only when its own answer changes.
 */
export function useRemoteSelection(nodeId: string): { color: string; name: string } | null {
  const store = useContext(PresenceContext);
  const read = () => store?.selections.get(nodeId) ?? null;
  // Also the server's answer: the opening view is drawn there too (first-paint), with nobody present.
  const value = useSyncExternalStore(store ? store.subscribeSelections : noopSubscribe, read, read);
  if (!value) return null;
  const bar = value.indexOf("|");
  return { color: value.slice(0, bar), name: value.slice(bar + 1) };
}

const noopSubscribe = () => () => undefined;
