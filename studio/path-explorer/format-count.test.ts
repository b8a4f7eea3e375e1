import { describe, expect, it } from "vitest";
import { approximateCount, formatCount } from "./format-count";

describe("formatCount", () => {
  it("groups every digit of a count exactly, however long", () => {
    expect(formatCount(0n)).toBe("0");
    expect(formatCount(1234567n)).toBe("1,234,567");
    const huge = 10n ** 40n + 7n;
    expect(formatCount(huge).replaceAll(",", "")).toBe(huge.toString());
    expect(formatCount(huge)).toMatch(/^10(,000){12},007$/);
  });

  it("gives an order of magnitude only for counts too long to read", () => {
    expect(approximateCount(999_999_999_999_999n)).toBeNull();
    expect(approximateCount(2051787300395805532409n)).toBe("about 2.0 × 10^21");
  });
});
