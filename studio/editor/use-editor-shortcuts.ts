import { useEffect, useRef } from "react";
import { ownsKeys, ownsUndoKeys } from "./owns-keys";

export interface ShortcutHandlers {
  undo: () => void;
  redo: () => void;
  duplicate: () => void;
  selectAll: () => void;
  search: () => void;
  fitView: () => void;
  autoLayout: () => void;
  help: () => void;
  clearSelection: () => void;
}

/**
 * The editor's keyboard shortcuts (listed in shortcuts.ts). Text fields, dialogs,
 * the inspector and the side panels keep their own keys (see owns-keys.ts).
 */
export function useEditorShortcuts(handlers: ShortcutHandlers, enabled: boolean): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const h = ref.current;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      // Search opens from anywhere but a dialog; the rest leaves alone whatever owns its keys.
      if (mod && !event.shiftKey && key === "f") {
        if ((event.target as HTMLElement | null)?.closest?.("dialog[open]")) return;
        event.preventDefault();
        h.search();
        return;
      }
      if (mod && !event.altKey && (key === "z" || key === "y")) {
        if (ownsUndoKeys(event.target)) return;
        event.preventDefault();
        if (key === "y" || event.shiftKey) h.redo();
        else h.undo();
        return;
      }
      if (ownsKeys(event.target)) return;
      if (mod && key === "d") {
        event.preventDefault();
        h.duplicate();
      } else if (mod && key === "a") {
        event.preventDefault();
        h.selectAll();
      } else if (mod && event.shiftKey && key === "l") {
        event.preventDefault();
        h.autoLayout();
      } else if (!mod && event.key === "?") {
        event.preventDefault();
        h.help();
      } else if (!mod && event.shiftKey && (event.key === "!" || event.code === "Digit1")) {
        event.preventDefault();
        h.fitView();
      } else if (event.key === "Escape") {
        h.clearSelection();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [enabled]);
}
