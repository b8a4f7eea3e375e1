import { useEffect, useRef } from "react";
import { ownsKeys } from "./owns-keys";

export interface ClipboardHandlers {
  /** The JSON text to put on the clipboard for the current selection, or null if nothing is selected. */
  copy: () => string | null;
  /** Removes what was just copied (for cut). */
  removeSelection: () => void;
  /** Pastes clipboard text; returns false when it is not a Forkline payload. */
  paste: (text: string) => boolean;
}

/**
 * Copy, cut and paste through the browser's clipboard events, so the payload
 * travels through the system clipboard as plain JSON text: it pastes into
 * another scenario, another tab or a text editor alike.
 */
export function useClipboard(handlers: ClipboardHandlers, enabled: boolean): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    if (!enabled) return;
    const onCopy = (event: ClipboardEvent, cut: boolean) => {
      if (ownsKeys(event.target) || hasTextSelection()) return;
      const text = ref.current.copy();
      if (text === null || !event.clipboardData) return;
      event.preventDefault();
      event.clipboardData.setData("text/plain", text);
      if (cut) ref.current.removeSelection();
    };
    const copy = (event: ClipboardEvent) => onCopy(event, false);
    const cut = (event: ClipboardEvent) => onCopy(event, true);
    const paste = (event: ClipboardEvent) => {
      if (ownsKeys(event.target)) return;
      const text = event.clipboardData?.getData("text/plain") ?? "";
      if (text && ref.current.paste(text)) event.preventDefault();
    };
    document.addEventListener("copy", copy);
    document.addEventListener("cut", cut);
    document.addEventListener("paste", paste);
    return () => {
      document.removeEventListener("copy", copy);
      document.removeEventListener("cut", cut);
      document.removeEventListener("paste", paste);
    };
  }, [enabled]);
}

/** A designer selecting text on the page to copy it keeps the browser's normal copy. */
function hasTextSelection(): boolean {
  const selection = window.getSelection();
  return !!selection && !selection.isCollapsed && selection.toString().trim().length > 0;
}
