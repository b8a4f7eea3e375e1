import { describe, expect, it } from "vitest";
import { readableTextOn } from "./readable-text-on";

describe("readableTextOn", () => {
  it("picks the text colour with more contrast", () => {
    expect(readableTextOn("#000000")).toBe("#ffffff");
    expect(readableTextOn("#ffffff")).toBe("#000000");
    expect(readableTextOn("#2563eb")).toBe("#ffffff");
    expect(readableTextOn("#f0dc82")).toBe("#000000");
    expect(readableTextOn("not a colour")).toBe("#ffffff");
  });
});
