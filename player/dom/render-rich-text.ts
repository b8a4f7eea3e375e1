import { el, srOnly } from "./el";
import { safeLinkHref } from "./safe-url";

/**
 * Renders ProseMirror/Tiptap JSON by walking an allowlist and building elements
 * with createElement and text nodes. Content never reaches innerHTML, so a
 * scenario's text cannot become markup; unknown nodes and marks are dropped but
 * their text is kept. The input is treated as untrusted JSON, not as a typed
 * RichText: it may come from a page the player did not validate.
 */

const BLOCK_TAGS: ReadonlyMap<string, keyof HTMLElementTagNameMap> = new Map([
  ["paragraph", "p"],
  ["bulletList", "ul"],
  ["orderedList", "ol"],
  ["listItem", "li"],
  ["blockquote", "blockquote"],
  ["horizontalRule", "hr"],
  ["hardBreak", "br"],
]);

const MARK_TAGS: ReadonlyMap<string, keyof HTMLElementTagNameMap> = new Map([
  ["bold", "strong"],
  ["italic", "em"],
  ["underline", "u"],
  ["strike", "s"],
  ["code", "code"],
]);

/** Deeper documents are cut off rather than risk exhausting the stack on hostile input. */
const MAX_DEPTH = 40;

export interface RichTextOptions {
  /** The heading level a level-1 heading in the content becomes (the player's own headings sit above). Default 3. */
  headingStart?: number;
  newTabHint?: string;
}

type Loose = { [key: string]: unknown };

function isObject(value: unknown): value is Loose {
  return typeof value === "object" && value !== null;
}

function withMarks(text: string, marks: unknown, options: RichTextOptions): Node {
  let node: Node = document.createTextNode(text);
  if (!Array.isArray(marks)) return node;
  for (const mark of marks.slice(0, 8)) {
    if (!isObject(mark) || typeof mark.type !== "string") continue;
    const tag = MARK_TAGS.get(mark.type);
    if (tag) {
      const wrapper = el(tag);
      wrapper.appendChild(node);
      node = wrapper;
    } else if (mark.type === "link") {
      const href = safeLinkHref(isObject(mark.attrs) ? mark.attrs.href : undefined);
      if (!href) continue;
      const link = el("a", { href, rel: "noopener noreferrer", target: "_blank" });
      link.append(node, srOnly(options.newTabHint ?? " (opens in a new tab)"));
      node = link;
    }
  }
  return node;
}

function appendContent(parent: Node, node: Loose, depth: number, options: RichTextOptions): void {
  if (!Array.isArray(node.content) || depth > MAX_DEPTH) return;
  for (const child of node.content) appendNode(parent, child, depth + 1, options);
}

function appendNode(parent: Node, node: unknown, depth: number, options: RichTextOptions): void {
  if (!isObject(node)) return;
  const type = typeof node.type === "string" ? node.type : "";
  if (typeof node.text === "string") {
    // Only text nodes carry marks; the text of an unknown node is kept bare.
    parent.appendChild(
      type === "text"
        ? withMarks(node.text, node.marks, options)
        : document.createTextNode(node.text),
    );
    return;
  }
  let element: HTMLElement | null = null;
  const attrs = isObject(node.attrs) ? node.attrs : {};
  if (type === "heading") {
    const level = Number.isInteger(attrs.level) ? (attrs.level as number) : 1;
    const start = options.headingStart ?? 3;
    const tag = `h${Math.min(6, Math.max(start, start + level - 1))}` as "h3";
    element = el(tag);
  } else if (type === "codeBlock") {
    const code = el("code");
    parent.appendChild(el("pre", null, code));
    appendContent(code, node, depth, options);
    return;
  } else {
    const tag = BLOCK_TAGS.get(type);
    if (tag) element = el(tag);
    if (tag === "ol" && Number.isInteger(attrs.start) && (attrs.start as number) > 1)
      (element as HTMLOListElement).start = attrs.start as number;
  }
  if (!element) {
    appendContent(parent, node, depth, options);
    return;
  }
  parent.appendChild(element);
  appendContent(element, node, depth, options);
}

export function renderRichText(doc: unknown, options: RichTextOptions = {}): DocumentFragment {
  const fragment = document.createDocumentFragment();
  if (isObject(doc)) appendContent(fragment, doc, 0, options);
  return fragment;
}

/** A container holding rendered rich text. */
export function richTextBlock(
  doc: unknown,
  className: string,
  options?: RichTextOptions,
): HTMLDivElement {
  const block = el("div", { class: `fl-rt ${className}` });
  block.appendChild(renderRichText(doc, options));
  return block;
}
