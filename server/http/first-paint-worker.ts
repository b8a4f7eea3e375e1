import { Worker } from "node:worker_threads";
import { z } from "zod";
import type { FirstView } from "../../core";
import type { Logger } from "../logging/logger";

const AnswerSchema = z.object({ id: z.number(), html: z.string().nullable() });

/** A worker that failed this many times in a row is not started again. */
const MAX_FAILURES = 3;
/** An answer later than this is not waited for any more (the page went without it long ago). */
const GIVE_UP_MS = 5_000;

/**
 * The studio's first-paint renderer in a worker thread (see the studio's
 * first-paint-worker.ts): drawing a page takes tens of milliseconds of React,
 * which would otherwise hold up every collaboration message on this server.
 * Started with the server; a worker that dies is started again by the next
 * page, up to MAX_FAILURES times. Every failure means a
 * page without its first paint, never a failed page.
 */
export class FirstPaintWorker {
  #worker: Worker | null = null;
  #failures = 0;
  #nextId = 1;
  readonly #waiting = new Map<number, (html: string | null) => void>();

  constructor(
    private readonly path: string,
    private readonly logger: Logger,
  ) {}

  start(): Worker | null {
    if (this.#worker || this.#failures >= MAX_FAILURES) return this.#worker;
    let worker: Worker;
    try {
      worker = new Worker(this.path);
    } catch (error) {
      this.#fail(error);
      return null;
    }
    // A page's drawing never keeps the process alive.
    worker.unref();
    worker.on("message", (message: unknown) => {
      const answer = AnswerSchema.safeParse(message);
      if (!answer.success) return;
      this.#failures = 0;
      this.#waiting.get(answer.data.id)?.(answer.data.html);
    });
    worker.on("error", (error) => this.#fail(error));
    worker.on("exit", () => {
      if (this.#worker === worker) this.#worker = null;
      for (const settle of [...this.#waiting.values()]) settle(null);
    });
    this.#worker = worker;
    return worker;
  }

  /** The drawing of this view (and its script), or null when there is none to be had. */
  draw(view: FirstView): Promise<string | null> {
    const worker = this.start();
    if (!worker) return Promise.resolve(null);
    const id = this.#nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => settle(null), GIVE_UP_MS);
      const settle = (html: string | null) => {
        clearTimeout(timer);
        this.#waiting.delete(id);
        resolve(html);
      };
      this.#waiting.set(id, settle);
      worker.postMessage({ id, view });
    });
  }

  async stop(): Promise<void> {
    const worker = this.#worker;
    this.#worker = null;
    await worker?.terminate();
  }

  #fail(error: unknown): void {
    this.#failures++;
    this.logger.warn("editor pages open without a first paint", { path: this.path, error });
  }
}
