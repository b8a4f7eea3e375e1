import type { Asset, Scenario } from "../../core";
import type { ExportContext } from "../contract";

const EXTENSIONS: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
  "image/svg+xml": "svg",
  "image/avif": "avif",
  "audio/mpeg": "mp3",
  "audio/mp4": "m4a",
  "audio/ogg": "ogg",
  "audio/wav": "wav",
  "audio/webm": "weba",
  "video/mp4": "mp4",
  "video/webm": "webm",
  "video/ogg": "ogv",
  "text/vtt": "vtt",
};

export class MissingAssetError extends Error {
  constructor(readonly assetId: string) {
    super(`asset ${assetId} is referenced by the scenario but its bytes were not supplied`);
    this.name = "MissingAssetError";
  }
}

/** The package path of an asset: content-addressed, so the same bytes always get the same name. */
export function assetPath(asset: Asset): string {
  return `assets/${asset.id}.${EXTENSIONS[asset.mimeType] ?? "bin"}`;
}

/** Every asset the scenario lists, with its bytes from the context. */
export function scenarioAssets(
  scenario: Scenario,
  context: ExportContext,
): { asset: Asset; bytes: Uint8Array }[] {
  return [...scenario.assets]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((asset) => {
      const bytes = context.assets.get(asset.id);
      if (!bytes) throw new MissingAssetError(asset.id);
      return { asset, bytes };
    });
}

/** A data: URL, for single-file pages that must play from disk with nothing beside them. */
export function dataUrl(mimeType: string, bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return `data:${mimeType};base64,${btoa(binary)}`;
}
