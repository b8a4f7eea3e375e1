import { describe, expect, it } from "vitest";
import { jsonPath } from "./json-path";

describe("jsonPath", () => {
  it("formats paths the way designers can look them up in their file", () => {
    expect(jsonPath(["nodes", 3, "options", 0, "text"])).toBe("$.nodes[3].options[0].text");
    expect(jsonPath("nodes[3].kind")).toBe("$.nodes[3].kind");
    expect(jsonPath("nodes.3.kind")).toBe("$.nodes[3].kind");
    expect(jsonPath(["points", "act-now"])).toBe('$.points["act-now"]');
    expect(jsonPath("")).toBe("$");
    expect(jsonPath("[2].id")).toBe("$[2].id");
    expect(jsonPath("$.meta.title")).toBe("$.meta.title");
  });
});
