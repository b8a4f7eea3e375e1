import { z } from "zod";

/**
 * The kinds of file the studio may upload: the server refuses any other, and
 * the studio's file pickers offer only these. Anything a browser would run when
 * opened (SVG, HTML) is left out: assets are served from the studio's own origin.
 * None of these is a type a plain HTML form can send, so another site cannot
 * post a file here without the CORS preflight the origin check refuses.
 */
export const ASSET_MIME_TYPES = [
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "audio/mpeg",
  "audio/ogg",
  "audio/wav",
  "audio/webm",
  "audio/mp4",
  "video/mp4",
  "video/webm",
  "video/ogg",
  "text/vtt",
] as const;

export type AssetMimeType = (typeof ASSET_MIME_TYPES)[number];

export const AssetMimeTypeSchema = z.enum(ASSET_MIME_TYPES);

/** The uploadable types of one kind ("image", "audio", "video", "text"), for a file picker's `accept`. */
export function assetMimeTypesOf(kind: string): AssetMimeType[] {
  return ASSET_MIME_TYPES.filter((type) => type.startsWith(`${kind}/`));
}
