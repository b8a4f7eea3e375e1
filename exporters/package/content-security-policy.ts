import type { TrackerKind } from "../contract";

/**
 * The policy every exported page carries. Rich text is already rendered
 * through an allowlist, so this is the second wall: even if something slipped
 * through, the page could load nothing from elsewhere, post no form, and talk
 * to the network only when its tracker must (xAPI and cmi5 reach an LRS whose
 * address arrives at launch, so any http(s) origin is allowed for those).
 */
export function contentSecurityPolicyFor(tracker: TrackerKind, inline: boolean): string {
  const local = inline ? "data: blob:" : "'self' data: blob:";
  const network = tracker === "xapi" || tracker === "cmi5" ? "http: https:" : "'none'";
  return [
    "default-src 'none'",
    // A single-file page has nothing but itself; a package loads its script from beside the page.
    `script-src ${inline ? "'unsafe-inline'" : "'self'"}`,
    // The player sets a few style properties (countdown bar, score marks) from script.
    `style-src ${inline ? "'unsafe-inline'" : "'self' 'unsafe-inline'"}`,
    `img-src ${local}`,
    `media-src ${local}`,
    `font-src ${local}`,
    `connect-src ${network}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}
