/**
 * Where focus keeps its own keys: a dialog, and anything marked `nokey` (React
 * Flow's convention, which the inspector and the side panels follow). Their
 * buttons, tabs and players answer keys of their own, and a canvas shortcut
 * fired from there would act on nodes nobody is looking at.
 */
const DIALOG = "dialog[open], [role='dialog'], [role='alertdialog']";
const OWN_KEYS_AREA = `.nokey, ${DIALOG}`;

const NON_TEXT_INPUTS = new Set(["button", "checkbox", "radio", "submit", "reset", "file"]);

/** A text field, a select or a rich-text editor: typing there has its own keys, undo included. */
export function editsText(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  return tag === "INPUT" && !NON_TEXT_INPUTS.has((target as HTMLInputElement).type);
}

/**
 * True when a key press (or clipboard event) on `target` belongs to it rather
 * than to the canvas: a text field or rich-text editor, or anything inside an
 * area that keeps its own keys.
 */
export function ownsKeys(target: EventTarget | null): boolean {
  // Element, not HTMLElement: a focused edge is an SVG element.
  if (!(target instanceof Element)) return false;
  return editsText(target) || target.closest(OWN_KEYS_AREA) !== null;
}

/**
 * Undo and redo belong to the document, so they work from the side panels
 * too (a designer previewing or exploring paths undoes the edit just made);
 * only typing, which has its own undo, and dialogs keep them.
 */
export function ownsUndoKeys(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return editsText(target) || target.closest(DIALOG) !== null;
}
