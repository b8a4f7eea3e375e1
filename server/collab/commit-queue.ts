/**
 * Serializes a document's writes: batches of queued items, and maintenance
 * (compaction) in between, never two at once. Items queued in the same
 * event-loop turn, or while a batch is being written, form the next batch.
 *
 * Writing a batch resolves with the step that applies it. The next batch is
 * handed to the store before that step runs, so its write overlaps the
 * applying and sending of the one before; batches are still written one at a
 * time and applied in order.
 */
export class CommitQueue<T> {
  #items: T[] = [];
  #scheduled = false;
  #running = false;
  #waiters: (() => void)[] = [];
  readonly #writeBatch: (batch: T[]) => Promise<() => void>;
  readonly #onError: (error: unknown) => void;
  /** False stops taking further batches (the document can no longer be trusted). */
  readonly #canContinue: () => boolean;
  /** Runs after the batches of a turn, inside the same exclusive slot. */
  readonly #afterBatches: () => Promise<void>;

  constructor(options: {
    /** Resolves once the batch is durable, with the step that applies it. */
    writeBatch(batch: T[]): Promise<() => void>;
    afterBatches(): Promise<void>;
    canContinue(): boolean;
    onError(error: unknown): void;
  }) {
    this.#writeBatch = options.writeBatch;
    this.#afterBatches = options.afterBatches;
    this.#canContinue = options.canContinue;
    this.#onError = options.onError;
  }

  push(item: T): void {
    this.#items.push(item);
    this.#schedule();
  }

  /** Takes out everything still queued (when the document closes for good). */
  drain(): T[] {
    return this.#items.splice(0);
  }

  /** Resolves once nothing is queued or running. */
  settle(): Promise<void> {
    if (!this.#running && !this.#scheduled && this.#items.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  /** Runs `task` when nothing else is, holding off batches until it is done. */
  async exclusive(task: () => Promise<void>): Promise<void> {
    while (this.#running || this.#scheduled) await this.settle();
    this.#running = true;
    try {
      await task();
    } finally {
      this.#release();
    }
  }

  #schedule(): void {
    if (this.#scheduled || this.#running) return;
    this.#scheduled = true;
    // setImmediate runs after the event loop has read every socket that is ready,
    // so updates that arrived together share one transaction.
    setImmediate(this.#run);
  }

  #run = async (): Promise<void> => {
    this.#scheduled = false;
    this.#running = true;
    let writing: Promise<() => void> | null = null;
    try {
      writing = this.#writeNext();
      while (writing) {
        const apply = await writing;
        writing = this.#writeNext();
        apply();
        writing ??= this.#writeNext();
      }
      if (this.#canContinue()) await this.#afterBatches();
    } catch (error) {
      // Still one write at a time: the next run waits for the one in flight.
      await writing?.catch(() => {});
      this.#onError(error);
    } finally {
      this.#release();
    }
  };

  #writeNext(): Promise<() => void> | null {
    if (this.#items.length === 0 || !this.#canContinue()) return null;
    return this.#writeBatch(this.#items.splice(0));
  }

  #release(): void {
    this.#running = false;
    if (this.#items.length > 0 && this.#canContinue()) this.#schedule();
    else for (const resolve of this.#waiters.splice(0)) resolve();
  }
}
