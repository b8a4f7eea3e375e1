import { useEffect, useState } from "react";
import type { WebsocketProvider } from "y-websocket";

export type ConnectionState = "connecting" | "connected" | "reconnecting" | "offline" | "closed";

/**
 * Folds the provider's status, the browser's online flag and whether we were
 * ever connected into what the designer needs to know.
 */
export function useConnectionState(provider: WebsocketProvider): {
  state: ConnectionState;
  synced: boolean;
  closedReason: string | null;
} {
  const [status, setStatus] = useState<"connected" | "connecting" | "disconnected">(
    provider.wsconnected ? "connected" : "connecting",
  );
  const [synced, setSynced] = useState(provider.synced);
  const [everConnected, setEverConnected] = useState(provider.wsconnected);
  const [online, setOnline] = useState(navigator.onLine);
  const [closedReason, setClosedReason] = useState<string | null>(null);

  useEffect(() => {
    const onStatus = ({ status }: { status: "connected" | "connecting" | "disconnected" }) => {
      setStatus(status);
      if (status === "connected") setEverConnected(true);
    };
    const onSync = (value: boolean) => {
      if (value) setSynced(true);
    };
    const onClosed = (event: { code: number; reason: string }) => {
      setClosedReason(event.reason || `The server closed the connection (${event.code}).`);
    };
    const onOnline = () => setOnline(true);
    const onOffline = () => setOnline(false);
    provider.on("status", onStatus);
    provider.on("sync", onSync);
    provider.on("closed", onClosed);
    // The socket may have opened (and synced) before this effect ran.
    if (provider.wsconnected) onStatus({ status: "connected" });
    if (provider.synced) onSync(true);
    window.addEventListener("online", onOnline);
    window.addEventListener("offline", onOffline);
    return () => {
      provider.off("status", onStatus);
      provider.off("sync", onSync);
      provider.off("closed", onClosed);
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
    };
  }, [provider]);

  let state: ConnectionState;
  if (closedReason) state = "closed";
  else if (status === "connected") state = "connected";
  else if (!online) state = "offline";
  else state = everConnected ? "reconnecting" : "connecting";
  return { state, synced, closedReason };
}
