import { type LrsConnection, lrsHeaders } from "./xapi-queue";
import type { XapiAgent } from "./xapi-types";

export interface StateAddress {
  activityId: string;
  agent: XapiAgent;
  registration: string | null;
  stateId: string;
}

function stateUrl(conn: LrsConnection, address: StateAddress): string {
  const q = new URLSearchParams({
    activityId: address.activityId,
    agent: JSON.stringify(address.agent),
    stateId: address.stateId,
  });
  if (address.registration) q.set("registration", address.registration);
  return `${conn.endpoint}activities/state?${q.toString()}`;
}

/** Reads a JSON document from the State API; null when absent or unreadable. */
export async function getState<T>(conn: LrsConnection, address: StateAddress): Promise<T | null> {
  try {
    const res = await fetch(stateUrl(conn, address), { headers: lrsHeaders(conn) });
    if (!res.ok) return null;
    return (await res.json()) as T;
  } catch {
    return null;
  }
}

/**
 * Keeps one State API document up to date: the newest value wins, and a value
 * that could not be written is written again on the next attempt.
 */
export class StateWriter {
  private pending: string | null = null;
  private writing: Promise<void> | null = null;

  constructor(
    private readonly conn: LrsConnection,
    private readonly address: StateAddress,
  ) {}

  write(value: unknown): Promise<void> {
    this.pending = JSON.stringify(value);
    return this.retry();
  }

  retry(): Promise<void> {
    if (this.writing || this.pending === null) return this.writing ?? Promise.resolve();
    const body = this.pending;
    this.writing = fetch(stateUrl(this.conn, this.address), {
      method: "PUT",
      headers: lrsHeaders(this.conn),
      body,
    })
      .then((res) => {
        if (res.ok && this.pending === body) this.pending = null;
      })
      .catch(() => undefined)
      .finally(() => {
        this.writing = null;
      });
    return this.writing;
  }

  writeOnExit(): void {
    if (this.pending === null) return;
    try {
      void fetch(stateUrl(this.conn, this.address), {
        method: "PUT",
        headers: lrsHeaders(this.conn),
        body: this.pending,
        keepalive: true,
      }).catch(() => undefined);
    } catch {
      // nothing more can be done while the page unloads
    }
  }
}
