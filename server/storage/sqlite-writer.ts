import { Worker } from "node:worker_threads";
import { type DocumentRef, UnknownDocumentError } from "./document-store";

export type WriterRequest =
  | { id: number; op: "append"; ref: DocumentRef; packed: Uint8Array; lengths: number[] }
  | { id: number; op: "compact"; ref: DocumentRef; state: Uint8Array; throughSeq: number }
  | { id: number; op: "close" };

export type WriterReply =
  | { id: number; ok: true; lastSeq?: number }
  | { id: number; ok: false; message: string; unknownDocument: boolean };

/** The thread's first message. */
export type WriterStarted = { started: true } | { started: false; message: string };

interface Call {
  ref: DocumentRef | null;
  resolve(lastSeq: number | undefined): void;
  reject(error: Error): void;
}

/**
 * The thread's entry is TypeScript like the rest of the server, and tsx's
 * `--import` hook does not reach worker threads on Node 20: the thread
 * registers tsx itself before loading it.
 */
function threadEntry(): URL {
  const entry = new URL("./sqlite-writer-thread.ts", import.meta.url).href;
  const tsx = import.meta.resolve("tsx/esm/api");
  const source = `import { register } from ${JSON.stringify(tsx)};
register();
await import(${JSON.stringify(entry)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(source)}`);
}

/**
 * The update log's writes, made on a connection of their own in a worker
 * thread: a durable commit waits for an fsync, and the event loop keeps
 * reading and broadcasting meanwhile. Requests are carried out one at a time
 * in the order they were made; each resolves once its transaction is durable.
 */
export class SqliteWriter {
  readonly #worker: Worker;
  readonly #calls = new Map<number, Call>();
  #nextId = 0;
  #failure: Error | null = null;
  #closing = false;

  private constructor(worker: Worker) {
    this.#worker = worker;
    worker.on("message", this.#onReply);
    worker.on("error", (error) => this.#fail(error));
    worker.on("exit", (code) => this.#fail(new Error(`the SQLite writer thread exited (${code})`)));
    // Only pending requests keep the process alive.
    worker.unref();
  }

  /** Starts the thread on `file` (created and migrated already) and waits until it is ready. */
  static async start(file: string): Promise<SqliteWriter> {
    const worker = new Worker(threadEntry(), { workerData: { file } });
    const started = await new Promise<WriterStarted>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
    if (!started.started) {
      await worker.terminate();
      throw new Error(`the SQLite writer could not open ${file}: ${started.message}`);
    }
    return new SqliteWriter(worker);
  }

  async append(ref: DocumentRef, updates: readonly Uint8Array[]): Promise<number> {
    // Packed into one buffer handed over to the thread: posting a view copies
    // its whole underlying buffer, often a socket read holding other frames.
    const lengths = updates.map((u) => u.byteLength);
    const packed = new Uint8Array(lengths.reduce((sum, n) => sum + n, 0));
    let at = 0;
    for (const update of updates) {
      packed.set(update, at);
      at += update.byteLength;
    }
    const { scenarioId, kind } = ref;
    const lastSeq = await this.#request(
      ref,
      (id) => ({ id, op: "append", ref: { scenarioId, kind }, packed, lengths }),
      [packed.buffer],
    );
    return lastSeq as number;
  }

  async compact(ref: DocumentRef, state: Uint8Array, throughSeq: number): Promise<void> {
    const { scenarioId, kind } = ref;
    await this.#request(ref, (id) => ({
      id,
      op: "compact",
      ref: { scenarioId, kind },
      state,
      throughSeq,
    }));
  }

  /** Waits for the requests already made, then closes the connection and ends the thread. */
  async close(): Promise<void> {
    if (this.#closing) return;
    this.#closing = true;
    try {
      if (!this.#failure) await this.#send(null, (id) => ({ id, op: "close" }));
    } finally {
      await this.#worker.terminate();
    }
  }

  #request(
    ref: DocumentRef,
    make: (id: number) => WriterRequest,
    transfer: ArrayBuffer[] = [],
  ): Promise<number | undefined> {
    if (this.#closing) return Promise.reject(new Error("the SQLite writer is closed"));
    return this.#send(ref, make, transfer);
  }

  #send(
    ref: DocumentRef | null,
    make: (id: number) => WriterRequest,
    transfer: ArrayBuffer[] = [],
  ): Promise<number | undefined> {
    if (this.#failure) return Promise.reject(this.#failure);
    const id = ++this.#nextId;
    return new Promise((resolve, reject) => {
      this.#calls.set(id, { ref, resolve, reject });
      if (this.#calls.size === 1) this.#worker.ref();
      try {
        this.#worker.postMessage(make(id), transfer);
      } catch (error) {
        this.#settled(id);
        throw error;
      }
    });
  }

  #settled(id: number): Call | undefined {
    const call = this.#calls.get(id);
    this.#calls.delete(id);
    if (this.#calls.size === 0) this.#worker.unref();
    return call;
  }

  #onReply = (reply: WriterReply): void => {
    const call = this.#settled(reply.id);
    if (!call) return;
    if (reply.ok) call.resolve(reply.lastSeq);
    else if (reply.unknownDocument && call.ref) call.reject(new UnknownDocumentError(call.ref));
    else call.reject(new Error(reply.message));
  };

  /** The thread is gone: nothing pending will be answered, and nothing more is accepted. */
  #fail(error: Error): void {
    this.#failure ??= error;
    for (const call of this.#calls.values()) call.reject(error);
    this.#calls.clear();
    this.#worker.unref();
  }
}
