import { describe, expect, it } from "vitest";
import { locateJsonError } from "./locate-json-error";

describe("locateJsonError", () => {
  it("accepts valid JSON", () => {
    expect(locateJsonError('{"a": [1, 2.5e3, true, null, "x\\n\\u00e9"]}')).toBeNull();
  });

  it.each([
    ['{"a": 1,}', 1, 9, "property name"],
    ['{\n  "a" 1\n}', 2, 7, "':'"],
    ["[1 2]", 1, 4, "',' or ']'"],
    ['{"a": "b\nc"}', 1, 9, "control character"],
    ['{"a": tru}', 1, 7, "unexpected"],
    ['{"a": 1', 1, 8, "end of input"],
    ["{} x", 1, 4, "after the end"],
  ])("finds the error in %j at line %i column %i", (text, line, column, words) => {
    const found = locateJsonError(text);
    expect(found).toMatchObject({ line, column });
    expect(found?.message).toContain(words);
  });
});
