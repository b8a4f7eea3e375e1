import type { ConnectionState } from "../collab/use-connection-state";

const TEXT: Record<ConnectionState, string> = {
  connecting: "Connecting…",
  connected: "Connected",
  reconnecting: "Reconnecting…",
  offline: "Offline — edits are kept on this device and sent when you reconnect",
  closed: "Disconnected",
};

const SHORT: Record<ConnectionState, string> = {
  connecting: "Connecting…",
  connected: "Connected",
  reconnecting: "Reconnecting…",
  offline: "Offline",
  closed: "Disconnected",
};

/** A dot plus words (never colour alone), announced politely when it changes. */
export function ConnectionStatus({ state }: { state: ConnectionState }) {
  return (
    <div
      className={`connection connection--${state}`}
      role="status"
      aria-live="polite"
      title={TEXT[state]}
    >
      <span className="connection__dot" aria-hidden="true" />
      <span className="connection__text">{SHORT[state]}</span>
      <span className="visually-hidden">{state === "offline" ? TEXT.offline : ""}</span>
    </div>
  );
}
