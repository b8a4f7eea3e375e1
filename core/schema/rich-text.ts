import { z } from "zod";

/**
 * Rich text is stored as ProseMirror/Tiptap JSON. Only the node and mark types
 * below may appear: every renderer (studio, player, exports) walks this same
 * allowlist, so nothing outside it can ever reach a page as markup.
 */
export const RICH_TEXT_NODE_TYPES = [
  "doc",
  "paragraph",
  "text",
  "hardBreak",
  "heading",
  "bulletList",
  "orderedList",
  "listItem",
  "blockquote",
  "horizontalRule",
  "codeBlock",
] as const;

export const RICH_TEXT_MARK_TYPES = [
  "bold",
  "italic",
  "underline",
  "strike",
  "code",
  "link",
] as const;

export type RichTextNodeType = (typeof RICH_TEXT_NODE_TYPES)[number];
export type RichTextMarkType = (typeof RICH_TEXT_MARK_TYPES)[number];

/** Attribute values are plain scalars; nested objects would escape the allowlist. */
const AttrValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const Attrs = z.record(z.string(), AttrValue);

export const RichTextMarkSchema = z.object({
  type: z.enum(RICH_TEXT_MARK_TYPES),
  attrs: Attrs.optional(),
});
export type RichTextMark = z.infer<typeof RichTextMarkSchema>;

export interface RichTextNode {
  type: RichTextNodeType;
  attrs?: Record<string, string | number | boolean | null>;
  content?: RichTextNode[];
  marks?: RichTextMark[];
  text?: string;
}

export const RichTextNodeSchema: z.ZodType<RichTextNode> = z.lazy(() =>
  z.object({
    type: z.enum(RICH_TEXT_NODE_TYPES),
    attrs: Attrs.optional(),
    content: z.array(RichTextNodeSchema).optional(),
    marks: z.array(RichTextMarkSchema).optional(),
    text: z.string().optional(),
  }),
);

export interface RichText {
  type: "doc";
  content?: RichTextNode[];
}

export const RichTextSchema: z.ZodType<RichText> = z.object({
  type: z.literal("doc"),
  content: z.array(RichTextNodeSchema).optional(),
});

/** An empty document in the shape Tiptap itself produces for an empty editor. */
export function emptyRichText(): RichText {
  return { type: "doc", content: [{ type: "paragraph" }] };
}

/** One paragraph per line; handy for templates, tests and imports of plain text. */
export function richTextFromPlain(text: string): RichText {
  const lines = text.split("\n");
  return {
    type: "doc",
    content: lines.map((line) =>
      line.length === 0
        ? { type: "paragraph" as const }
        : { type: "paragraph" as const, content: [{ type: "text" as const, text: line }] },
    ),
  };
}

/** Plain text of a rich-text value: paragraphs joined by newlines. Used for search, previews, LMS descriptions. */
export function plainTextOf(doc: RichText | undefined): string {
  if (!doc?.content) return "";
  const blocks: string[] = [];
  const walk = (node: RichTextNode, out: string[]): void => {
    if (node.type === "text") out.push(node.text ?? "");
    else if (node.type === "hardBreak") out.push("\n");
    else for (const child of node.content ?? []) walk(child, out);
  };
  for (const block of doc.content) {
    const parts: string[] = [];
    walk(block, parts);
    blocks.push(parts.join(""));
  }
  return blocks.join("\n").trim();
}
