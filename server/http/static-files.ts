import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { contentTypeOf } from "./content-types";

/** Vite names built assets `name-<hash>.ext`: their content never changes under that name. */
const HASHED = /[-.][A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    "X-Content-Type-Options": "nosniff",
  });
  res.end(text);
}

/**
 * Serves the built studio: files as they are (hashed assets cached for a year
 * as immutable, everything else revalidated by ETag), and index.html for any
 * other path without a file extension, so the studio's client-side routes load.
 */
export function createStaticFiles(root: string) {
  const rootWithSep = root.endsWith(sep) ? root : root + sep;

  async function fileAt(
    pathname: string,
  ): Promise<{ path: string; size: number; mtimeMs: number } | null> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return null;
    }
    if (decoded.includes("\0")) return null;
    const path = normalize(join(root, decoded));
    if (!path.startsWith(rootWithSep)) return null;
    try {
      const s = await stat(path);
      return s.isFile() ? { path, size: s.size, mtimeMs: s.mtimeMs } : null;
    } catch {
      return null;
    }
  }

  return async function serveStatic(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
  ): Promise<void> {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("Allow", "GET, HEAD");
      send(res, 405, "method not allowed");
      return;
    }
    let file = pathname.endsWith("/") ? null : await fileAt(pathname);
    let spa = false;
    if (!file) {
      if (extname(pathname) !== "" && !pathname.endsWith("/")) {
        send(res, 404, "not found");
        return;
      }
      file = await fileAt("/index.html");
      spa = true;
      if (!file) {
        send(res, 503, "The studio is not built yet: run `npm run build` (or `npm start`).");
        return;
      }
    }
    const immutable = !spa && pathname.startsWith("/assets/") && HASHED.test(pathname);
    const etag = `W/"${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}"`;
    const headers: Record<string, string | number> = {
      "Content-Type": contentTypeOf(file.path),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      ETag: etag,
    };
    if (!immutable && req.headers["if-none-match"] === etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    headers["Content-Length"] = file.size;
    res.writeHead(200, headers);
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    const stream = createReadStream(file.path);
    stream.on("error", () => res.destroy());
    stream.pipe(res);
  };
}
