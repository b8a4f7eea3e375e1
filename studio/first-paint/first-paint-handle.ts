import type { Viewport } from "../canvas/opening-viewport";

/** The element the server draws the opening view into, before the app's code has loaded. */
export const FIRST_PAINT_ID = "first-paint";

/**
 * What the first paint's own script offers the app: where it is looking and
 * what is selected there, so the canvas can take over without a jump, and a
 * way to remove it.
 */
export interface FirstPaintHandle {
  /** The view, moved so it shows the same thing in a canvas whose top-left corner is at (left, top). */
  viewportFor(left: number, top: number): Viewport;
  /** Ids of the nodes selected on it. */
  selected(): string[];
  /** Removes it and gives the page back to the app. */
  dismiss(): void;
}

declare global {
  interface Window {
    __forklineFirstPaint?: FirstPaintHandle;
  }
}

/** The first paint still on screen, if the server drew one. */
export function firstPaint(): FirstPaintHandle | null {
  return window.__forklineFirstPaint ?? null;
}

/** Removes the first paint, if any (the editor shows something else: an error, another page). */
export function dismissFirstPaint(): void {
  const handle = window.__forklineFirstPaint;
  if (handle) handle.dismiss();
  // Drawn but never started (its script failed): it is hidden, and it goes all the same.
  else document.getElementById(FIRST_PAINT_ID)?.remove();
}
