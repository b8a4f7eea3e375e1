import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

const repo = new URL("../../../", import.meta.url).pathname;
export const PLAYER_DIST = join(repo, "dist/player");

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".vtt": "text/vtt; charset=utf-8",
  ".png": "image/png",
  ".wav": "audio/wav",
};

export interface PlayerServer {
  readonly origin: string;
  /** Serves `body` at `/pages/<name>` and returns its URL. */
  page(name: string, html: string): string;
  /** Serves bytes at `/assets/<name>` and returns the path (relative to the origin). */
  asset(name: string, body: Uint8Array | string): string;
  close(): Promise<void>;
}

function typeOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return TYPES[dot >= 0 ? name.slice(dot) : ""] ?? "application/octet-stream";
}

/** A loopback server on a free port for the built player, test pages and media. */
export async function startPlayerServer(): Promise<PlayerServer> {
  const pages = new Map<string, string>();
  const assets = new Map<string, Uint8Array | string>();
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const send = (status: number, type: string, body: Uint8Array | string) => {
      res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
      res.end(body);
    };
    const [, area, ...rest] = url.pathname.split("/");
    const name = decodeURIComponent(rest.join("/"));
    if (area === "pages" && pages.has(name)) return send(200, typeOf(".html"), pages.get(name)!);
    if (area === "assets" && assets.has(name)) return send(200, typeOf(name), assets.get(name)!);
    if (area === "player" && /^[\w.-]+$/.test(name)) {
      try {
        return send(200, typeOf(name), await readFile(join(PLAYER_DIST, name)));
      } catch {
        // fall through to 404
      }
    }
    send(404, "text/plain", "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    page(name, html) {
      pages.set(name, html);
      return `${origin}/pages/${name}`;
    },
    asset(name, body) {
      assets.set(name, body);
      return `/assets/${name}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
