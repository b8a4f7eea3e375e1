import { describe, expect, it } from "vitest";
import { TokenBucket } from "./token-bucket";

describe("TokenBucket", () => {
  it("lets a burst through, then refills at the rate", () => {
    let now = 0;
    const bucket = new TokenBucket(5, 10, () => now);
    for (let i = 0; i < 5; i++) expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    now += 100;
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    now += 10_000;
    for (let i = 0; i < 5; i++) expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
  });

  it("charges by cost", () => {
    const bucket = new TokenBucket(100, 1, () => 0);
    expect(bucket.take(60)).toBe(true);
    expect(bucket.take(60)).toBe(false);
    expect(bucket.take(40)).toBe(true);
  });
});
