import type { AssetMimeType } from "../../core";

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const startsWith = (data: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  data.length >= at + prefix.length && prefix.every((byte, i) => data[at + i] === byte);

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const GIF87 = ascii("GIF87a");
const GIF89 = ascii("GIF89a");
const RIFF = ascii("RIFF");
const WEBP = ascii("WEBP");
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const WEBVTT = ascii("WEBVTT");
/** What may follow the WEBVTT signature: a space, a tab, a line break, or nothing. */
const AFTER_WEBVTT = new Set([0x20, 0x09, 0x0a, 0x0d]);

function isWebVtt(data: Uint8Array): boolean {
  const start = startsWith(data, UTF8_BOM) ? UTF8_BOM.length : 0;
  if (!startsWith(data, WEBVTT, start)) return false;
  const next = data[start + WEBVTT.length];
  return next === undefined || AFTER_WEBVTT.has(next);
}

const CHECKS: Partial<Record<AssetMimeType, { test(data: Uint8Array): boolean; what: string }>> = {
  "image/png": { test: (d) => startsWith(d, PNG), what: "a PNG image" },
  "image/jpeg": { test: (d) => startsWith(d, JPEG), what: "a JPEG image" },
  "image/gif": {
    test: (d) => startsWith(d, GIF87) || startsWith(d, GIF89),
    what: "a GIF image",
  },
  "image/webp": {
    test: (d) => startsWith(d, RIFF) && startsWith(d, WEBP, 8),
    what: "a WebP image",
  },
  "text/vtt": { test: isWebVtt, what: "a WebVTT file: it must start with WEBVTT" },
};

/**
 * Why `data` is not the file its declared type says, or null when it is (or
 * when the type is not checked). Images and captions are checked because a
 * browser may sniff or render them; audio and video are served with nosniff
 * and only ever reach a media element, so their declared type is trusted.
 */
export function checkAssetBytes(mimeType: AssetMimeType, data: Uint8Array): string | null {
  const check = CHECKS[mimeType];
  if (!check || check.test(data)) return null;
  return `the file is not ${check.what}`;
}
