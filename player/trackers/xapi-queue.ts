import type { XapiStatement } from "./xapi-types";

export interface LrsConnection {
  /** Ends with a slash. */
  endpoint: string;
  /** The full Authorization header value. */
  auth: string;
}

export function lrsHeaders(conn: LrsConnection): Record<string, string> {
  return {
    "Content-Type": "application/json",
    "X-Experience-API-Version": "1.0.3",
    ...(conn.auth ? { Authorization: conn.auth } : {}),
  };
}

const BATCH = 25;
const KEEPALIVE_BYTES = 60_000;
/** Retries back off from 1 s to at most 15 s: cheap for a learner's browser, quick to recover. */
const MAX_DELAY_MS = 15_000;

interface Storage {
  load(): XapiStatement[];
  save(list: XapiStatement[]): void;
}

function storageFor(win: Window, key: string): Storage {
  let memory: XapiStatement[] = [];
  const local = (() => {
    try {
      const s = win.localStorage;
      s.setItem(`${key}:probe`, "1");
      s.removeItem(`${key}:probe`);
      return s;
    } catch {
      return null;
    }
  })();
  return {
    load() {
      if (!local) return memory;
      try {
        const parsed = JSON.parse(local.getItem(key) ?? "[]") as unknown;
        return Array.isArray(parsed) ? (parsed as XapiStatement[]) : [];
      } catch {
        return [];
      }
    },
    save(list) {
      memory = list;
      if (!local) return;
      try {
        if (list.length === 0) local.removeItem(key);
        else local.setItem(key, JSON.stringify(list));
      } catch {
        // storage full: the statements stay in memory and are still sent
      }
    },
  };
}

/**
 * An outbox for statements. Every statement is written to localStorage before
 * it is sent and removed only after the LRS accepted it, so a closed tab or an
 * unreachable LRS loses nothing: the next flush (this page or the next launch)
 * sends it. Ids are set by the client, so a statement sent twice is stored once.
 * A statement the LRS refuses as invalid (400) is moved aside, not retried forever.
 */
export class StatementQueue {
  private readonly store: Storage;
  private readonly rejected: Storage;
  private flushing: Promise<void> | null = null;
  private again = false;
  private attempt = 0;
  private timer: number | null = null;

  constructor(
    private readonly conn: LrsConnection,
    storageKey: string,
    private readonly win: Window = window,
  ) {
    this.store = storageFor(win, storageKey);
    this.rejected = storageFor(win, `${storageKey}:rejected`);
    win.addEventListener("online", () => void this.flush());
  }

  enqueue(statement: XapiStatement): void {
    this.store.save([...this.store.load(), statement]);
    // While backing off, new statements wait for the scheduled retry rather than hammer a failing LRS.
    if (this.timer === null) void this.flush();
  }

  pending(): number {
    return this.store.load().length;
  }

  /** Sends everything queued; resolves when the queue is empty or a retry is scheduled. */
  flush(): Promise<void> {
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    this.flushing = this.drain().finally(() => {
      this.flushing = null;
      if (this.again) {
        this.again = false;
        void this.flush();
      }
    });
    return this.flushing;
  }

  /** Best effort while the page is going away: one keepalive request, the queue kept until confirmed. */
  flushOnExit(): void {
    const list = this.store.load();
    const batch: XapiStatement[] = [];
    let size = 2;
    for (const s of list) {
      const n = JSON.stringify(s).length + 1;
      if (size + n > KEEPALIVE_BYTES) break;
      batch.push(s);
      size += n;
    }
    if (batch.length === 0) return;
    try {
      void fetch(`${this.conn.endpoint}statements`, {
        method: "POST",
        headers: lrsHeaders(this.conn),
        body: JSON.stringify(batch),
        keepalive: true,
      }).then(
        (res) => {
          if (res.ok) this.remove(new Set(batch.map((s) => s.id)));
        },
        () => undefined,
      );
    } catch {
      // the next launch sends them
    }
  }

  private remove(ids: ReadonlySet<string>): void {
    this.store.save(this.store.load().filter((s) => !ids.has(s.id)));
  }

  private async drain(): Promise<void> {
    if (this.timer !== null) {
      this.win.clearTimeout(this.timer);
      this.timer = null;
    }
    for (;;) {
      const batch = this.store.load().slice(0, BATCH);
      if (batch.length === 0) return;
      const outcome = await this.post(batch);
      if (outcome === "retry") {
        this.scheduleRetry();
        return;
      }
      this.attempt = 0;
      if ((outcome === "invalid" || outcome === "conflict") && batch.length > 1) {
        if (!(await this.oneByOne(batch))) return;
      } else if (outcome === "invalid") {
        this.setAside(batch[0]!);
      } else {
        this.remove(new Set(batch.map((s) => s.id)));
      }
    }
  }

  /**
   * A batch is all-or-nothing: one invalid statement, or one the LRS already
   * has (409), refuses the rest. Sending one by one sets the invalid ones aside
   * and keeps the others. Returns false when a retry was scheduled.
   */
  private async oneByOne(batch: XapiStatement[]): Promise<boolean> {
    for (const statement of batch) {
      const outcome = await this.post([statement]);
      if (outcome === "retry") {
        this.scheduleRetry();
        return false;
      }
      if (outcome === "invalid") this.setAside(statement);
      else this.remove(new Set([statement.id]));
    }
    return true;
  }

  private setAside(statement: XapiStatement): void {
    console.error("The LRS refused a statement as invalid; kept aside in localStorage", statement);
    this.rejected.save([...this.rejected.load(), statement]);
    this.remove(new Set([statement.id]));
  }

  private async post(batch: XapiStatement[]): Promise<"sent" | "conflict" | "invalid" | "retry"> {
    try {
      const res = await fetch(`${this.conn.endpoint}statements`, {
        method: "POST",
        headers: lrsHeaders(this.conn),
        body: JSON.stringify(batch),
      });
      if (res.ok) return "sent";
      if (res.status === 409) return "conflict";
      if (res.status === 400) return "invalid";
      return "retry";
    } catch {
      return "retry";
    }
  }

  private scheduleRetry(): void {
    const base = Math.min(MAX_DELAY_MS, 1000 * 2 ** this.attempt);
    this.attempt = Math.min(this.attempt + 1, 16);
    const delay = base * (0.8 + Math.random() * 0.4);
    this.timer = this.win.setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }
}
