import * as Y from "yjs";
import type { RichText, RichTextMark, RichTextNode } from "../../schema/rich-text";
import { RICH_TEXT_MARK_TYPES, RICH_TEXT_NODE_TYPES } from "../../schema/rich-text";
import { sameMarks } from "./normalize-rich-text";

const NODE_TYPES = /* @__PURE__ */ new Set<string>(RICH_TEXT_NODE_TYPES);
const MARK_RANK = /* @__PURE__ */ new Map<string, number>(
  RICH_TEXT_MARK_TYPES.map((t, i) => [t, i]),
);
/** y-prosemirror suffixes overlapping marks with a hash: `comment--AbCd1234`. */
const HASHED_MARK = /^(.*)--[a-zA-Z0-9+/=]{8}$/;

type Attrs = NonNullable<RichTextNode["attrs"]>;
type Dropped = (what: string) => void;

function isScalar(value: unknown): boolean {
  const t = typeof value;
  return t === "string" || t === "number" || t === "boolean";
}

/** Node attributes: scalars only, nulls left out (y-prosemirror never stores them). */
function nodeAttrs(source: Record<string, unknown>, dropped: Dropped): Attrs | undefined {
  let out: Attrs | undefined;
  for (const key in source) {
    const value = source[key];
    if (value === null || value === undefined) continue;
    if (!isScalar(value)) {
      dropped(`attribute "${key}"`);
      continue;
    }
    out ??= {};
    out[key] = value as Attrs[string];
  }
  return out;
}

function markOf(key: string, value: unknown, dropped: Dropped): RichTextMark | null {
  const type = HASHED_MARK.exec(key)?.[1] ?? key;
  if (!MARK_RANK.has(type)) {
    dropped(`mark "${type}"`);
    return null;
  }
  const mark: RichTextMark = { type: type as RichTextMark["type"] };
  if (value && typeof value === "object") {
    let attrs: Attrs | undefined;
    for (const [k, v] of Object.entries(value)) {
      if (v !== null && !isScalar(v)) {
        dropped(`attribute "${k}"`);
        continue;
      }
      attrs ??= {};
      attrs[k] = v as Attrs[string];
    }
    if (attrs) mark.attrs = attrs;
  }
  return mark;
}

function marksOf(
  attributes: Record<string, unknown> | undefined,
  dropped: Dropped,
): RichTextMark[] {
  if (!attributes) return [];
  const marks: RichTextMark[] = [];
  for (const key in attributes) {
    const mark = markOf(key, attributes[key], dropped);
    if (mark && !marks.some((m) => m.type === mark.type)) marks.push(mark);
  }
  if (marks.length > 1) marks.sort((a, b) => MARK_RANK.get(a.type)! - MARK_RANK.get(b.type)!);
  return marks;
}

function readChildren(parent: Y.XmlFragment | Y.XmlElement, dropped: Dropped): RichTextNode[] {
  const out: RichTextNode[] = [];
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as {
        insert: unknown;
        attributes?: Record<string, unknown>;
      }[]) {
        if (typeof op.insert !== "string") {
          dropped("embedded object in text");
          continue;
        }
        if (op.insert.length === 0) continue;
        const marks = marksOf(op.attributes, dropped);
        const prev = out[out.length - 1];
        if (prev?.type === "text" && sameMarks(prev.marks, marks)) prev.text += op.insert;
        else
          out.push(
            marks.length
              ? { type: "text", marks, text: op.insert }
              : { type: "text", text: op.insert },
          );
      }
    } else if (child instanceof Y.XmlElement) {
      if (!NODE_TYPES.has(child.nodeName) || child.nodeName === "text") {
        dropped(`node "${child.nodeName}"`);
        continue;
      }
      const node: RichTextNode = { type: child.nodeName as RichTextNode["type"] };
      const attrs = nodeAttrs(child.getAttributes(), dropped);
      if (attrs) node.attrs = attrs;
      const content = readChildren(child, dropped);
      if (content.length) node.content = content;
      out.push(node);
    } else {
      dropped("unknown child");
    }
  }
  return out;
}

/**
 * Reads a Y.XmlFragment written by Tiptap or by `richTextToYXmlFragment` into
 * rich-text JSON, directly in normal form (see normalizeRichText). Anything
 * outside the rich-text allowlist (unknown nodes or marks, object-valued
 * attributes, embeds) is left out and reported through `onDropped`, so the
 * result always passes RichTextSchema.
 */
export function yXmlFragmentToRichText(fragment: Y.XmlFragment, onDropped?: Dropped): RichText {
  const content = readChildren(fragment, onDropped ?? (() => {}));
  return content.length ? { type: "doc", content } : { type: "doc" };
}
