/**
 * Escapes text for XML element content and attribute values. Characters XML 1.0
 * cannot carry at all (most C0 controls, lone surrogates) are dropped rather than
 * escaped, since no escape makes them legal.
 */
export function xmlText(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}
