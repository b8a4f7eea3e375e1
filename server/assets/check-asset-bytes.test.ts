import { describe, expect, it } from "vitest";
import { checkAssetBytes } from "./check-asset-bytes";

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(
    parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)),
  );

describe("checkAssetBytes", () => {
  it("accepts each checked kind by its signature", () => {
    expect(checkAssetBytes("image/png", bytes([0x89], "PNG\r\n\x1a\n", "IHDR"))).toBeNull();
    expect(checkAssetBytes("image/jpeg", bytes([0xff, 0xd8, 0xff, 0xdb]))).toBeNull();
    expect(checkAssetBytes("image/gif", bytes("GIF87a"))).toBeNull();
    expect(checkAssetBytes("image/gif", bytes("GIF89a;"))).toBeNull();
    expect(checkAssetBytes("image/webp", bytes("RIFF", [1, 2, 3, 4], "WEBPVP8 "))).toBeNull();
    expect(checkAssetBytes("text/vtt", bytes("WEBVTT"))).toBeNull();
    expect(checkAssetBytes("text/vtt", bytes("WEBVTT - captions\n"))).toBeNull();
    expect(checkAssetBytes("text/vtt", bytes([0xef, 0xbb, 0xbf], "WEBVTT\r\n"))).toBeNull();
  });

  it("names what the file is not", () => {
    expect(checkAssetBytes("image/png", bytes([0xff, 0xd8, 0xff]))).toBe(
      "the file is not a PNG image",
    );
    expect(checkAssetBytes("image/png", bytes([0x89], "PNG"))).toMatch(/PNG/);
    expect(checkAssetBytes("image/jpeg", bytes([0xff, 0xd8]))).toMatch(/JPEG/);
    expect(checkAssetBytes("image/gif", bytes("GIF88a"))).toMatch(/GIF/);
    expect(checkAssetBytes("image/webp", bytes("RIFF", [0, 0, 0, 0], "AVI "))).toMatch(/WebP/);
    expect(checkAssetBytes("text/vtt", bytes("WEBVTTS"))).toMatch(/WEBVTT/);
    expect(checkAssetBytes("text/vtt", bytes("\n", "WEBVTT"))).toMatch(/WEBVTT/);
    expect(checkAssetBytes("text/vtt", bytes([0xfe, 0xff], "WEBVTT"))).toMatch(/WEBVTT/);
  });

  it("trusts the declared type of audio and video", () => {
    expect(checkAssetBytes("audio/mpeg", bytes("anything"))).toBeNull();
    expect(checkAssetBytes("video/webm", bytes([0]))).toBeNull();
  });
});
