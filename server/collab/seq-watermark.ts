/**
 * Tracks which sequence numbers of a document's log this instance has applied:
 * `value` is the highest n such that all of 1..n are applied. Compaction may
 * only fold the log up to `value`, or it would drop an update that another
 * instance stored but this one has not seen yet.
 */
export class SeqWatermark {
  #value: number;
  readonly #above = new Set<number>();

  constructor(start: number) {
    this.#value = start;
  }

  get value(): number {
    return this.#value;
  }

  get hasGap(): boolean {
    return this.#above.size > 0;
  }

  has(seq: number): boolean {
    return seq <= this.#value || this.#above.has(seq);
  }

  add(seq: number): void {
    if (seq <= this.#value) return;
    if (seq !== this.#value + 1) {
      this.#above.add(seq);
      return;
    }
    this.#value = seq;
    while (this.#above.delete(this.#value + 1)) this.#value++;
  }
}
