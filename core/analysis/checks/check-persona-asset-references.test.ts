import { describe, expect, it } from "vitest";
import { edges, ending, scenarioOf, scene } from "../../../tests/factories/graph-shapes";
import { analyze } from "../analyze";

const hash = (c: string) => `sha256-${c.repeat(64)}`;

describe("missing-persona and missing-asset", () => {
  const s = scenarioOf({
    personas: [
      { id: "sam", name: "Sam", context: "", channel: "chat", avatarAssetId: hash("a") },
      { id: "kim", name: "Kim", context: "", channel: "chat", avatarAssetId: hash("b") },
    ],
    assets: [{ id: hash("a"), name: "sam.png", mimeType: "image/png", bytes: 10 }],
    nodes: [
      scene("ok", {
        personaId: "sam",
        media: {
          kind: "image",
          assetId: hash("a"),
          alt: "x",
          transcript: "",
          captionsAssetId: null,
        },
      }),
      scene("bad", {
        personaId: "alex",
        media: {
          kind: "video",
          assetId: hash("c"),
          alt: "x",
          transcript: "",
          captionsAssetId: hash("d"),
        },
      }),
      ending("e"),
    ],
    edges: edges("ok:next>bad", "bad:next>e"),
  });
  const found = analyze(s);

  it("reports a scene's unknown persona", () => {
    expect(found.filter((d) => d.code === "missing-persona").map((d) => d.nodeId)).toEqual(["bad"]);
  });

  it("reports missing media, captions and avatar assets", () => {
    const assets = found.filter((d) => d.code === "missing-asset");
    expect(assets).toHaveLength(3);
    expect(assets.map((d) => d.message).join("\n")).toMatch(/avatar of persona "kim"/);
    expect(assets.filter((d) => d.nodeId === "bad")).toHaveLength(2);
  });

  it("is quiet about references that resolve", () => {
    expect(found.filter((d) => d.nodeId === "ok")).toEqual([]);
  });
});
