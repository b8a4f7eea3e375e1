import { describe, expect, it } from "vitest";
import { isAbsoluteIri, joinIri } from "./iri";
import { xmlText } from "./xml-text";

describe("xmlText", () => {
  it("escapes markup and drops characters XML cannot carry", () => {
    expect(xmlText(`<a href="x">&'\u0000\u0007ok`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&amp;&apos;ok",
    );
  });
});

describe("IRIs", () => {
  it("accepts absolute IRIs and refuses fragments, relative paths and spaces", () => {
    expect(isAbsoluteIri("https://example.com/a/b")).toBe(true);
    expect(isAbsoluteIri("urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66")).toBe(true);
    expect(isAbsoluteIri("w3id.org/xapi/cmi5")).toBe(false);
    expect(isAbsoluteIri("https://example.com/a b")).toBe(false);
    expect(isAbsoluteIri("https:/no-authority")).toBe(false);
  });

  it("joins with one slash and encodes segments", () => {
    expect(joinIri("https://e.com/base/", "a b", "c")).toBe("https://e.com/base/a%20b/c");
  });
});
