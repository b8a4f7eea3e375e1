import { getSchema } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { RICH_TEXT_MARK_TYPES, RICH_TEXT_NODE_TYPES } from "../../../core";
import { CaretAwareness } from "../caret-awareness";
import { richTextExtensions } from "./rich-text-extensions";

describe("richTextExtensions", () => {
  const doc = new Y.Doc();
  const extensions = richTextExtensions({
    fragment: doc.getXmlFragment("text"),
    carets: new CaretAwareness(new Awareness(doc)),
    user: { id: "u", name: "U", color: "#2563eb" },
  });
  const schema = getSchema(extensions);

  it("has exactly core's rich-text node and mark types", () => {
    expect(Object.keys(schema.nodes).sort()).toEqual([...RICH_TEXT_NODE_TYPES].sort());
    expect(Object.keys(schema.marks).sort()).toEqual([...RICH_TEXT_MARK_TYPES].sort());
  });

  it("keeps its own history off so only the collaborative undo runs", () => {
    const names = extensions.map((e) => e.name);
    expect(names).toContain("collaboration");
    expect(names).toContain("collaborationCaret");
    const kit = extensions.find((e) => e.name === "starterKit")!;
    expect(kit.options.undoRedo).toBe(false);
    expect(kit.options.trailingNode).toBe(false);
  });
});
