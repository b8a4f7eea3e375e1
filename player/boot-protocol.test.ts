import { describe, expect, it } from "vitest";
import { readBootConfig } from "./boot-protocol";

describe("readBootConfig", () => {
  it("fills what is missing", () => {
    expect(readBootConfig(undefined)).toEqual({ tracker: {}, assets: {}, player: {} });
  });

  it("keeps valid fields and the tracker options as given", () => {
    const config = readBootConfig({
      tracker: { endpoint: "https://lrs.example/xapi", nested: { a: 1 } },
      assets: { "sha256-x": "assets/a.png" },
      player: { difficulty: "gentle", seed: 7, typingMs: 0, startNodeId: "s1" },
    });
    expect(config.tracker).toEqual({ endpoint: "https://lrs.example/xapi", nested: { a: 1 } });
    expect(config.assets).toEqual({ "sha256-x": "assets/a.png" });
    expect(config.player).toEqual({
      difficulty: "gentle",
      seed: 7,
      typingMs: 0,
      startNodeId: "s1",
    });
  });

  it.each([
    [[], "the config must be an object"],
    [{ assets: [] }, "config.assets must be an object"],
    [{ assets: { a: 1 } }, 'config.assets["a"] must be a URL string'],
    [
      { player: { difficulty: "hard" } },
      "config.player.difficulty must be gentle, standard or challenge",
    ],
    [{ player: { typingMs: -1 } }, "config.player.typingMs must be a number of at least 0"],
    [{ player: { seed: "1" } }, "config.player.seed must be a number of at least 0"],
    [{ player: { startNodeId: 3 } }, "config.player.startNodeId must be a string"],
    [{ tracker: "scorm" }, "config.tracker must be an object"],
  ])("refuses %j with a clear message", (input, message) => {
    expect(() => readBootConfig(input)).toThrow(message);
  });
});
