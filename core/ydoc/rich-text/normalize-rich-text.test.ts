import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { RichText } from "../../schema/rich-text";
import { normalizeRichText } from "./normalize-rich-text";
import { richTextToYXmlFragment } from "./rich-text-to-y-xml";
import { yXmlFragmentToRichText } from "./y-xml-to-rich-text";

const messy: RichText = {
  type: "doc",
  content: [
    {
      type: "paragraph",
      attrs: { textAlign: null },
      marks: [{ type: "bold" }],
      content: [
        { type: "text", text: "" },
        { type: "text", text: "Hel", marks: [{ type: "italic" }, { type: "bold", attrs: {} }] },
        {
          type: "text",
          text: "lo",
          marks: [{ type: "bold" }, { type: "italic" }, { type: "bold" }],
        },
        { type: "text", text: " you", marks: [] },
      ],
    },
    { type: "bulletList", content: [] },
  ],
};

describe("normalizeRichText", () => {
  it("drops null attributes, empty parts and non-text marks, merges equal runs, sorts marks", () => {
    expect(normalizeRichText(messy)).toEqual({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", marks: [{ type: "bold" }, { type: "italic" }], text: "Hello" },
            { type: "text", text: " you" },
          ],
        },
        { type: "bulletList" },
      ],
    });
  });

  it("is what a trip through a Y.XmlFragment gives", () => {
    const fragment = new Y.Doc().getXmlFragment("t");
    richTextToYXmlFragment(messy, fragment);
    expect(yXmlFragmentToRichText(fragment)).toEqual(normalizeRichText(messy));
  });

  it("keeps mark attributes, nulls included (y-prosemirror stores them whole)", () => {
    const link = { type: "link" as const, attrs: { href: "/a", class: null } };
    const text: RichText = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "a", marks: [link] }] }],
    };
    const fragment = new Y.Doc().getXmlFragment("t");
    richTextToYXmlFragment(text, fragment);
    expect(yXmlFragmentToRichText(fragment)).toEqual(text);
  });

  it("leaves out what the allowlist does not know, and says so", () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment("t");
    const script = new Y.XmlElement("script");
    const p = new Y.XmlElement("paragraph");
    const t = new Y.XmlText();
    fragment.insert(0, [script, p]);
    p.insert(0, [t]);
    t.insert(0, "hi", { comment: { id: 1 }, bold: {} });
    p.setAttribute("style", { color: "red" } as unknown as string);
    const dropped: string[] = [];
    expect(yXmlFragmentToRichText(fragment, (w) => dropped.push(w))).toEqual({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", marks: [{ type: "bold" }], text: "hi" }] },
      ],
    });
    expect(dropped.sort()).toEqual(['attribute "style"', 'mark "comment"', 'node "script"']);
  });
});
