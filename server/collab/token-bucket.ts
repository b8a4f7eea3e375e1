/**
 * A token bucket: `capacity` tokens, refilled continuously at `ratePerSecond`.
 * Bursts (a paste, a drag ending, the first sync) pass; a sustained flood does not.
 */
export class TokenBucket {
  #tokens: number;
  #last: number;

  constructor(
    readonly capacity: number,
    readonly ratePerSecond: number,
    readonly now: () => number = performance.now.bind(performance),
  ) {
    this.#tokens = capacity;
    this.#last = now();
  }

  /** Takes `cost` tokens if there are enough; false means the caller is over the limit. */
  take(cost = 1): boolean {
    const t = this.now();
    this.#tokens = Math.min(
      this.capacity,
      this.#tokens + ((t - this.#last) / 1000) * this.ratePerSecond,
    );
    this.#last = t;
    if (this.#tokens < cost) return false;
    this.#tokens -= cost;
    return true;
  }
}
