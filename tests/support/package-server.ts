import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  json: "application/json",
  xml: "application/xml",
  xsd: "application/xml",
  dtd: "application/xml-dtd",
  png: "image/png",
  svg: "image/svg+xml",
};

export type RouteHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
) => boolean | Promise<boolean>;

export interface PackageServer {
  origin: string;
  /** Files served, by path (no leading slash); tests may add or replace entries. */
  files: Map<string, Uint8Array | string>;
  close(): Promise<void>;
}

/**
 * Serves an unzipped package (and any host pages) from one loopback origin,
 * so a SCO in an iframe can reach `window.parent.API`. Routes run first.
 */
export async function servePackage(
  files: Map<string, Uint8Array | string>,
  routes: RouteHandler[] = [],
): Promise<PackageServer> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    try {
      for (const route of routes) if (await route(req, res, url)) return;
      const path = decodeURIComponent(url.pathname.replace(/^\/+/, ""));
      const body = files.get(path);
      if (body === undefined) {
        res.writeHead(404).end("not found");
        return;
      }
      const ext = path.slice(path.lastIndexOf(".") + 1);
      res.writeHead(200, {
        "Content-Type": TYPES[ext] ?? "application/octet-stream",
        "Cache-Control": "no-store",
      });
      res.end(body);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    files,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
