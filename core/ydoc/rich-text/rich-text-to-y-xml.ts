import * as Y from "yjs";
import type { RichText, RichTextNode } from "../../schema/rich-text";
import { normalizeRichText } from "./normalize-rich-text";

type Child = Y.XmlElement | Y.XmlText;

function textRun(nodes: readonly RichTextNode[]): Y.XmlText {
  const text = new Y.XmlText();
  text.applyDelta(
    nodes.map((n) => {
      if (!n.marks?.length) return { insert: n.text ?? "" };
      const attributes: Record<string, object> = {};
      for (const mark of n.marks) attributes[mark.type] = mark.attrs ? { ...mark.attrs } : {};
      return { insert: n.text ?? "", attributes };
    }),
  );
  return text;
}

/** y-prosemirror keeps each run of consecutive text nodes in one Y.XmlText between elements. */
function toChildren(nodes: readonly RichTextNode[] | undefined): Child[] {
  const out: Child[] = [];
  const list = nodes ?? [];
  for (let i = 0; i < list.length; i++) {
    const node = list[i]!;
    if (node.type === "text") {
      const start = i;
      while (i + 1 < list.length && list[i + 1]!.type === "text") i++;
      out.push(textRun(list.slice(start, i + 1)));
      continue;
    }
    const element = new Y.XmlElement(node.type);
    for (const [key, value] of Object.entries(node.attrs ?? {})) {
      // biome-ignore lint/suspicious/noExplicitAny: y-prosemirror stores attribute values as they are, numbers included.
      if (value !== null) element.setAttribute(key, value as any);
    }
    const children = toChildren(node.content);
    if (children.length) element.insert(0, children);
    out.push(element);
  }
  return out;
}

/**
 * Writes rich text into a Y.XmlFragment in the encoding y-prosemirror (and so
 * Tiptap's Collaboration extension) uses: one Y.XmlElement per node named after
 * its type with its non-null attrs, text runs as Y.XmlText whose formatting
 * attributes are `{ [markType]: markAttrs }`. A fragment already in a document
 * has its content replaced in place, so editors bound to it stay bound.
 */
export function richTextToYXmlFragment(
  value: RichText,
  fragment: Y.XmlFragment = new Y.XmlFragment(),
): Y.XmlFragment {
  const children = toChildren(normalizeRichText(value).content);
  const doc = fragment.doc;
  if (!doc) {
    // A fragment not yet in a document is new and empty (reading its length would warn).
    if (children.length) fragment.insert(0, children);
    return fragment;
  }
  doc.transact(() => {
    if (fragment.length > 0) fragment.delete(0, fragment.length);
    if (children.length) fragment.insert(0, children);
  });
  return fragment;
}
