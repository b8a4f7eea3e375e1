const LINK_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);
const MEDIA_PROTOCOLS = new Set(["http:", "https:", "blob:", "data:", "file:"]);

/** An absolute http(s) or mailto URL, normalized; anything else (javascript:, data:, relative) is refused. */
export function safeLinkHref(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  try {
    const url = new URL(raw.trim());
    return LINK_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** A media URL resolved against the page: relative files of an export, http(s), blob: or data:. */
export function safeMediaUrl(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length === 0) return null;
  try {
    const url = new URL(raw, document.baseURI);
    return MEDIA_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
