/**
 * An absolute IRI: a scheme, a colon, then no whitespace and none of the
 * characters RFC 3987 excludes. `http(s)` IRIs also need an authority. This is
 * what xAPI and cmi5 ask of activity, course and extension ids.
 */
export function isAbsoluteIri(value: string): boolean {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):(.+)$/su.exec(value);
  if (!match) return false;
  const rest = match[2]!;
  if (/[\s<>"{}|\\^`]/u.test(rest) || hasControlCharacter(rest)) return false;
  const scheme = match[1]!.toLowerCase();
  if (scheme === "http" || scheme === "https") return /^\/\/[^/?#]+/.test(rest);
  return true;
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

/** Joins an IRI base and path segments with single slashes; segments are percent-encoded. */
export function joinIri(base: string, ...segments: string[]): string {
  const trimmed = base.replace(/\/+$/, "");
  return [trimmed, ...segments.map((s) => encodeURIComponent(s))].join("/");
}
