/**
 * fast-check generators of rich text that Tiptap's StarterKit schema accepts:
 * paragraphs, headings, lists, quotes, rules, code blocks; text with any mix
 * of bold, italic, underline, strike and link (code alone, as Tiptap allows);
 * hard breaks. `canonical` gives the normal form text keeps across a Y.Doc.
 */
import fc from "fast-check";
import { normalizeRichText, type RichText, type RichTextMark, type RichTextNode } from "../../core";

const words = fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 });

const plainMarks = fc.subarray(["bold", "italic", "underline", "strike"] as const);
const link = fc.record({
  href: fc.constantFrom("https://example.com/", "mailto:help@example.com", "/faq#refunds"),
});

const marks: fc.Arbitrary<RichTextMark[]> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.tuple(plainMarks, fc.option(link, { nil: undefined })).map(([types, href]) => {
      const out: RichTextMark[] = types.map((type) => ({ type }));
      if (href) out.push({ type: "link", attrs: href });
      return out;
    }),
  },
  { weight: 1, arbitrary: fc.constant<RichTextMark[]>([{ type: "code" }]) },
);

const text: fc.Arbitrary<RichTextNode> = fc
  .tuple(words, marks)
  .map(([t, m]) => (m.length ? { type: "text", text: t, marks: m } : { type: "text", text: t }));

const inline = fc.array(
  fc.oneof(
    { weight: 5, arbitrary: text },
    { weight: 1, arbitrary: fc.constant<RichTextNode>({ type: "hardBreak" }) },
  ),
  { maxLength: 4 },
);

const withContent = (
  type: RichTextNode["type"],
  content: RichTextNode[],
  attrs?: RichTextNode["attrs"],
) => {
  const node: RichTextNode = { type };
  if (attrs) node.attrs = attrs;
  if (content.length) node.content = content;
  return node;
};

const paragraph = inline.map((c) => withContent("paragraph", c));

const heading = fc
  .tuple(fc.integer({ min: 1, max: 3 }), inline)
  .map(([level, c]) => withContent("heading", c, { level }));

const listItem = paragraph.map((p) => withContent("listItem", [p]));

const list = fc
  .tuple(
    fc.constantFrom("bulletList", "orderedList") as fc.Arbitrary<"bulletList" | "orderedList">,
    fc.array(listItem, { minLength: 1, maxLength: 3 }),
    fc.integer({ min: 1, max: 9 }),
  )
  .map(([type, items, start]) =>
    withContent(type, items, type === "orderedList" ? { start } : undefined),
  );

const quote = fc
  .array(paragraph, { minLength: 1, maxLength: 2 })
  .map((ps) => withContent("blockquote", ps));

const codeBlock = fc
  .tuple(
    fc.option(fc.constantFrom("js", "json"), { nil: undefined }),
    fc.option(words, { nil: undefined }),
  )
  .map(([language, t]) =>
    withContent(
      "codeBlock",
      t ? [{ type: "text", text: t }] : [],
      language ? { language } : undefined,
    ),
  );

const block: fc.Arbitrary<RichTextNode> = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  { weight: 1, arbitrary: heading },
  { weight: 1, arbitrary: list },
  { weight: 1, arbitrary: quote },
  { weight: 1, arbitrary: fc.constant<RichTextNode>({ type: "horizontalRule" }) },
  { weight: 1, arbitrary: codeBlock },
);

/** Rich text in the shape Tiptap accepts. With `canonical`, in the normal form a Y.Doc keeps. */
export function richTextArbitrary({ canonical = true } = {}): fc.Arbitrary<RichText> {
  const doc = fc
    .array(block, { maxLength: 3 })
    .map((content): RichText => (content.length ? { type: "doc", content } : { type: "doc" }));
  return canonical ? doc.map(normalizeRichText) : doc.chain(noisy);
}

/** The same text written the ways ProseMirror JSON also allows: split runs, empty lists, null attributes. */
function noisy(doc: RichText): fc.Arbitrary<RichText> {
  return fc.integer({ min: 0, max: 2 ** 30 }).map((seed) => {
    let s = seed;
    const flip = () => {
      s = (s * 1103515245 + 12345) % 2 ** 31;
      return s % 3 === 0;
    };
    const walk = (node: RichTextNode): RichTextNode[] => {
      if (node.type === "text" && node.text && node.text.length > 1 && flip()) {
        const cut = Math.max(1, Math.floor(node.text.length / 2));
        return [
          { ...node, text: node.text.slice(0, cut) },
          { ...node, text: node.text.slice(cut) },
        ];
      }
      const out: RichTextNode = { ...node };
      if (node.content) out.content = node.content.flatMap(walk);
      else if (node.type !== "text" && flip()) out.content = [];
      if (node.type !== "text" && flip()) out.attrs = { ...node.attrs, extra: null };
      if (node.type === "text" && !node.marks && flip()) out.marks = [];
      return [out];
    };
    return { type: "doc", content: (doc.content ?? []).flatMap(walk) };
  });
}
