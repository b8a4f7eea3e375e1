import type { RichText, RichTextMark, RichTextNode } from "../../schema/rich-text";
import { RICH_TEXT_MARK_TYPES } from "../../schema/rich-text";

type Attrs = NonNullable<RichTextNode["attrs"]>;

const MARK_RANK = /* @__PURE__ */ new Map<string, number>(
  RICH_TEXT_MARK_TYPES.map((t, i) => [t, i]),
);

function isEmpty(o: object | undefined): boolean {
  if (!o) return true;
  for (const _ in o) return false;
  return true;
}

function nodeAttrs(attrs: Attrs | undefined): Attrs | undefined {
  if (!attrs) return undefined;
  let out: Attrs | undefined;
  for (const key of Object.keys(attrs)) {
    const v = attrs[key];
    if (v === null || v === undefined) continue;
    out ??= {};
    out[key] = v;
  }
  return out;
}

function normalizeMarks(marks: readonly RichTextMark[] | undefined): RichTextMark[] {
  if (!marks || marks.length === 0) return [];
  const seen = new Set<string>();
  const out: RichTextMark[] = [];
  for (const mark of marks) {
    if (seen.has(mark.type)) continue;
    seen.add(mark.type);
    out.push(
      isEmpty(mark.attrs) ? { type: mark.type } : { type: mark.type, attrs: { ...mark.attrs } },
    );
  }
  return out.sort((a, b) => (MARK_RANK.get(a.type) ?? 99) - (MARK_RANK.get(b.type) ?? 99));
}

function sameAttrs(a: RichTextMark["attrs"], b: RichTextMark["attrs"]): boolean {
  const ak = a ? Object.keys(a) : [];
  const bk = b ? Object.keys(b) : [];
  if (ak.length !== bk.length) return false;
  return ak.every((k) => b !== undefined && k in b && a?.[k] === b[k]);
}

export function sameMarks(
  a: readonly RichTextMark[] = [],
  b: readonly RichTextMark[] = [],
): boolean {
  if (a.length !== b.length) return false;
  return a.every((m, i) => m.type === b[i]!.type && sameAttrs(m.attrs, b[i]!.attrs));
}

function normalizeChildren(nodes: readonly RichTextNode[] | undefined): RichTextNode[] {
  const out: RichTextNode[] = [];
  for (const node of nodes ?? []) {
    if (node.type === "text") {
      if (!node.text) continue;
      const marks = normalizeMarks(node.marks);
      const prev = out[out.length - 1];
      if (prev?.type === "text" && sameMarks(prev.marks, marks)) {
        prev.text = (prev.text ?? "") + node.text;
        continue;
      }
      out.push(
        marks.length ? { type: "text", marks, text: node.text } : { type: "text", text: node.text },
      );
      continue;
    }
    const element: RichTextNode = { type: node.type };
    const attrs = nodeAttrs(node.attrs);
    if (attrs) element.attrs = attrs;
    const content = normalizeChildren(node.content);
    if (content.length) element.content = content;
    out.push(element);
  }
  return out;
}

/**
 * The form rich text takes after a trip through a Y.XmlFragment, which is how
 * Tiptap and y-prosemirror see it: null node attributes dropped, empty `attrs`,
 * `content` and `marks` omitted, marks only on text and in allowlist order, no
 * empty text nodes, neighbouring text nodes with equal marks merged. Text already
 * in this form crosses the live document unchanged.
 */
export function normalizeRichText(doc: RichText): RichText {
  const content = normalizeChildren(doc.content);
  return content.length ? { type: "doc", content } : { type: "doc" };
}
