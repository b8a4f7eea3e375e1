import { useStore } from "@xyflow/react";
import { useLayoutEffect, useMemo, useRef } from "react";
import { highlightCss, highlightScaleCss } from "./canvas-highlight";
import type { CanvasHighlight } from "./preview-contract";

/**
 * A constructed style sheet adopted by the document while the component is
 * mounted. Layout effects: the sheet changes in the commit that changed `css`,
 * before the browser paints it, not a task or more later.
 */
export function useAdoptedSheet(css: string): void {
  const sheet = useRef<CSSStyleSheet | null>(null);
  const latest = useRef(css);
  latest.current = css;
  useLayoutEffect(() => {
    const own = new CSSStyleSheet();
    own.replaceSync(latest.current);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, own];
    sheet.current = own;
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== own);
      sheet.current = null;
    };
  }, []);
  useLayoutEffect(() => {
    sheet.current?.replaceSync(css);
  }, [css]);
}

/**
 * Draws a highlight on the canvas through constructed style sheets: one for
 * the highlighted ids, rewritten when the highlight changes, and one tiny
 * sheet for the zoom, rewritten as the canvas zooms, so zooming never
 * regenerates the rules of a long path.
 */
export function useCanvasHighlight(highlight: CanvasHighlight): void {
  const zoom = useStore((s) => s.transform[2]);
  useAdoptedSheet(useMemo(() => highlightCss(highlight), [highlight]));
  useAdoptedSheet(useMemo(() => highlightScaleCss(zoom), [zoom]));
}
