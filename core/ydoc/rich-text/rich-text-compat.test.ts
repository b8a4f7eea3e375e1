/**
 * Our rich-text <-> Y.XmlFragment conversion must match y-prosemirror's (as
 * shipped in @tiptap/y-tiptap), or Tiptap's Collaboration extension would see
 * a different document than the one core wrote. Checked both ways on
 * generated documents, comparing as ProseMirror nodes of StarterKit's schema.
 */
import { getSchema } from "@tiptap/core";
import { Node as PMNode } from "@tiptap/pm/model";
import StarterKit from "@tiptap/starter-kit";
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { richTextArbitrary } from "../../../tests/factories/rich-text-arbitrary";
import type { RichText } from "../../schema/rich-text";
import { richTextToYXmlFragment } from "./rich-text-to-y-xml";
import { yXmlFragmentToRichText } from "./y-xml-to-rich-text";

const schema = getSchema([StarterKit]);
const pm = (json: unknown) => PMNode.fromJSON(schema, json);

describe("rich text in y-prosemirror's encoding", () => {
  it("is read by y-tiptap as the same document core wrote (property)", () => {
    fc.assert(
      fc.property(richTextArbitrary(), (text) => {
        const fragment = new Y.Doc().getXmlFragment("t");
        richTextToYXmlFragment(text, fragment);
        expect(pm(yXmlFragmentToProsemirrorJSON(fragment)).eq(pm(text))).toBe(true);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it("reads what y-tiptap wrote as the same document (property)", () => {
    fc.assert(
      fc.property(richTextArbitrary(), (text) => {
        const fragment = new Y.Doc().getXmlFragment("t");
        prosemirrorJSONToYXmlFragment(schema, text, fragment);
        expect(pm(yXmlFragmentToRichText(fragment)).eq(pm(text))).toBe(true);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it("writes the very same XML as y-tiptap when attributes are complete", () => {
    const link = {
      type: "link" as const,
      attrs: {
        href: "https://example.com/",
        target: "_blank",
        rel: "noopener noreferrer nofollow",
        class: null,
        title: null,
      },
    };
    const text: RichText = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Refund" }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Sorry, " },
            { type: "text", marks: [{ type: "bold" }, { type: "italic" }], text: "really" },
            { type: "hardBreak" },
            { type: "text", marks: [link], text: "policy" },
          ],
        },
        {
          type: "orderedList",
          attrs: { start: 3, type: null },
          content: [{ type: "listItem", content: [{ type: "paragraph" }] }],
        },
      ],
    };
    const doc = new Y.Doc();
    const ours = richTextToYXmlFragment(text, doc.getXmlFragment("ours"));
    const theirs = prosemirrorJSONToYXmlFragment(schema, text, doc.getXmlFragment("theirs"));
    expect(ours.toString()).toBe(theirs.toString());
    const deltas = (f: Y.XmlFragment) => ((f.get(1) as Y.XmlElement).get(0) as Y.XmlText).toDelta();
    expect(deltas(ours)).toEqual(deltas(theirs));
  });

  it("edits in place: rewriting keeps the same fragment object", () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment("t");
    richTextToYXmlFragment({ type: "doc", content: [{ type: "paragraph" }] }, fragment);
    const again = richTextToYXmlFragment(
      { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "new" }] }] },
      fragment,
    );
    expect(again).toBe(fragment);
    expect(yXmlFragmentToProsemirrorJSON(fragment)).toEqual({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "new" }] }],
    });
  });
});
