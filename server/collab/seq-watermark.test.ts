import { describe, expect, it } from "vitest";
import { SeqWatermark } from "./seq-watermark";

describe("SeqWatermark", () => {
  it("advances over contiguous numbers and waits at a gap", () => {
    const w = new SeqWatermark(3);
    w.add(4);
    expect(w.value).toBe(4);
    w.add(6);
    w.add(7);
    expect(w.value).toBe(4);
    expect(w.hasGap).toBe(true);
    expect(w.has(6)).toBe(true);
    expect(w.has(5)).toBe(false);
    w.add(5);
    expect(w.value).toBe(7);
    expect(w.hasGap).toBe(false);
    w.add(2);
    expect(w.value).toBe(7);
  });
});
