import { describe, expect, it } from "vitest";
import { editorPath, parseRoute } from "./route";

describe("parseRoute", () => {
  it("maps the studio's URLs", () => {
    expect(parseRoute("/")).toEqual({ name: "home" });
    expect(parseRoute("/deleted")).toEqual({ name: "deleted" });
    expect(parseRoute("/s/sc_123")).toEqual({ name: "editor", scenarioId: "sc_123" });
    expect(parseRoute(editorPath("a b"))).toEqual({ name: "editor", scenarioId: "a b" });
    expect(parseRoute("/s/x/y")).toEqual({ name: "not-found", path: "/s/x/y" });
  });
});
