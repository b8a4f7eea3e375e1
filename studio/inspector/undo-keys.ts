import type { KeyboardEvent } from "react";
import type * as Y from "yjs";

/**
 * Ctrl+Z / Ctrl+Y (Cmd on macOS) inside the panel. In a rich-text editor they
 * belong to the editor (its own undo of this user's typing), and in a field
 * with uncommitted typing to the browser's text undo. Anywhere else in the
 * panel (a select, a committed field, a button) they undo the last committed
 * edit through the canvas's undo manager, which tracks only this user's
 * origin, so a peer's edit is never undone.
 */
export function handleUndoKeys(event: KeyboardEvent, undoManager: Y.UndoManager): void {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (!mod || event.altKey || (key !== "z" && key !== "y")) return;
  const target = event.target as HTMLElement;
  if (target.isContentEditable || target.closest(".ProseMirror")) return;
  if (target.closest("[data-dirty='true']")) return;
  event.preventDefault();
  // The canvas's window-level handler would otherwise undo a second time for buttons.
  event.stopPropagation();
  if (key === "y" || event.shiftKey) undoManager.redo();
  else undoManager.undo();
}
