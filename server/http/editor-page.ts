import { readFile, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import type { FirstView } from "../../core";
import type { Logger } from "../logging/logger";
import { FirstPaintWorker } from "./first-paint-worker";

/**
 * The scenario id in the path of the studio's editor page (`/s/<id>`), or null
 * for any other path. Kept in step with the studio's own routes.
 */
export function editorPageScenarioId(pathname: string): string | null {
  const match = /^\/s\/([^/]+)\/?$/.exec(pathname);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1] as string);
  } catch {
    return null;
  }
}

export interface EditorPageOptions {
  studioDir: string;
  /** The studio's built first-paint worker; without it editor pages are served as they are. */
  firstPaintWorker: string;
  /** The scenario's first view for whoever asks, or null (refused, missing, deleted). */
  firstView(request: IncomingMessage, scenarioId: string): Promise<FirstView | null>;
  logger: Logger;
  /** Longest the page's body waits for the first view (the app's scripts wait for the body). */
  deadlineMs?: number;
}

const ROOT = '<div id="root"></div>';

/** Stylesheets preloaded by index.html become plain ones: the first paint is drawn with them. */
const PRELOADED_STYLE = /<link rel="preload" as="style"/g;

/**
 * Serves the studio's page for a scenario with that scenario's first view
 * drawn into it (see render-first-paint.tsx), so the canvas is on screen
 * before the app's code has loaded. The head goes out at once (the scripts it
 * names start loading); the body follows when the view is drawn, or without
 * it after a short wait. Answers false when it cannot serve the page (no
 * build), leaving it to the plain static files.
 */
export function createEditorPage(o: EditorPageOptions) {
  const deadlineMs = o.deadlineMs ?? 250;
  const indexPath = join(o.studioDir, "index.html");
  let page: { mtimeMs: number; head: string; body: string } | null = null;
  const painter = new FirstPaintWorker(o.firstPaintWorker, o.logger);
  // The scenario service gives the same view object while the document is unchanged: a page
  // opened again (a reload, a second designer) is not drawn again.
  const drawings = new WeakMap<FirstView, Promise<string | null>>();
  const drawingOf = (view: FirstView): Promise<string | null> => {
    let drawing = drawings.get(view);
    if (!drawing) {
      drawing = painter.draw(view);
      drawings.set(view, drawing);
      // A drawing that failed may well succeed next time.
      void drawing.then((html) => html === null && drawings.delete(view));
    }
    return drawing;
  };

  async function template(): Promise<{ head: string; body: string } | null> {
    const info = await stat(indexPath).catch(() => null);
    if (!info) return null;
    if (page?.mtimeMs !== info.mtimeMs) {
      const html = await readFile(indexPath, "utf8");
      // Drawn after the app's root, so its script finds the root (to keep it inert meanwhile).
      const split = html.indexOf(ROOT);
      if (split < 0) return null;
      const at = split + ROOT.length;
      page = {
        mtimeMs: info.mtimeMs,
        head: html.slice(0, at).replace(PRELOADED_STYLE, '<link rel="stylesheet"'),
        body: html.slice(at),
      };
    }
    return page;
  }

  async function drawn(request: IncomingMessage, scenarioId: string): Promise<string> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), deadlineMs);
    });
    try {
      const drawing = o.firstView(request, scenarioId).then((view) => view && drawingOf(view));
      return (await Promise.race([drawing, late])) ?? "";
    } catch (error) {
      o.logger.debug("no first paint for a scenario", { scenario: scenarioId, error });
      return "";
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    /** Starts the worker ahead of the first page, which would otherwise wait for it. */
    warm(): void {
      painter.start();
    },
    serve: serveEditorPage,
    close: () => painter.stop(),
  };

  async function serveEditorPage(
    request: IncomingMessage,
    response: ServerResponse,
    scenarioId: string,
  ): Promise<boolean> {
    if (request.method !== "GET") return false;
    const html = await template();
    if (!html) return false;
    response.writeHead(200, {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
    response.write(html.head);
    response.end(`${await drawn(request, scenarioId)}${html.body}`);
    return true;
  }
}
