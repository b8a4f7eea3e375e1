/**
 * The server's first-paint renderer, run in a worker thread of the server: a
 * page's drawing (tens of milliseconds of React) and React's own memory then
 * stay off the thread that relays collaboration messages. Built for Node by
 * vite.first-paint.config.ts; the server starts it from the built file.
 *
 * Asked `{ id, view }`, it answers `{ id, html }`: the drawing followed by its
 * script, or null when there is nothing to draw (or the drawing failed).
 */
import { parentPort } from "node:worker_threads";
import type { FirstView } from "../../core";
import { firstPaintScript, renderFirstPaint } from "./render-first-paint";

parentPort?.on("message", (message: { id: number; view: FirstView }) => {
  let html: string | null = null;
  try {
    const markup = renderFirstPaint(message.view);
    html = markup && `${markup}<script>${firstPaintScript}</script>`;
  } catch (error) {
    console.error("the first paint could not be drawn", error);
  }
  parentPort?.postMessage({ id: message.id, html });
});
