import type { IncomingMessage } from "node:http";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Refuses browser requests made by another site (cross-site WebSocket hijacking,
 * forged form posts). Requests without an Origin header (curl, Node clients)
 * pass: the authorize hook is what authenticates them. Loopback origins pass so
 * a dev server on another local port can proxy to this one.
 */
export function isAllowedOrigin(request: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (allowed.includes(url.origin)) return true;
  if (LOOPBACK.has(url.hostname)) return true;
  return url.host === request.headers.host;
}
