import { describe, expect, it } from "vitest";
import { isAllowedLink } from "./is-allowed-link";

describe("isAllowedLink", () => {
  it("accepts web and e-mail links", () => {
    expect(isAllowedLink("https://example.com/help?x=1")).toBe(true);
    expect(isAllowedLink("HTTP://example.com")).toBe(true);
    expect(isAllowedLink("mailto:support@example.com")).toBe(true);
  });

  it("refuses every other scheme, relative links and padded input", () => {
    for (const href of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "data:text/html,<b>x</b>",
      "file:///etc/passwd",
      "ftp://example.com",
      "/relative",
      "example.com",
      "https://",
      "mailto:",
      " https://example.com",
      "\u0001javascript:alert(1)",
    ]) {
      expect(isAllowedLink(href), href).toBe(false);
    }
  });
});
