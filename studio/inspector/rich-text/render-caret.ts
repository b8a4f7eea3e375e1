import { readableTextOn } from "../../ui/readable-text-on";

/**
 * Another designer's caret: a coloured bar with their name. Hidden from
 * assistive technology because it sits inside the text being edited; the
 * field says in words who else is in it.
 */
export function renderCaret(user: { name: string; color: string }): HTMLElement {
  const caret = document.createElement("span");
  caret.className = "insp-caret";
  caret.setAttribute("aria-hidden", "true");
  caret.style.borderColor = user.color;
  const label = document.createElement("span");
  label.className = "insp-caret__label";
  label.style.backgroundColor = user.color;
  label.style.color = readableTextOn(user.color);
  label.textContent = user.name;
  // Word joiners keep the caret from splitting or wrapping the word it sits in.
  caret.append(document.createTextNode("\u2060"), label, document.createTextNode("\u2060"));
  return caret;
}
