const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/**
 * Links in scenario text may only point to web pages or e-mail addresses:
 * anything else (javascript:, data:, file:) could run or reach something in
 * the learner's browser.
 */
export function isAllowedLink(href: string): boolean {
  const text = href.trim();
  if (text !== href || !/^(https?:\/\/|mailto:)/i.test(text)) return false;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return false;
  return url.protocol === "mailto:" ? url.pathname.length > 0 : url.hostname.length > 0;
}
