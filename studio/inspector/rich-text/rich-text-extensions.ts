import type { Extensions } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import StarterKit from "@tiptap/starter-kit";
import type * as Y from "yjs";
import type { CaretAwareness } from "../caret-awareness";
import type { InspectorUser } from "../inspector-contract";
import { isAllowedLink } from "./is-allowed-link";
import { renderCaret } from "./render-caret";

interface RichTextExtensionOptions {
  fragment: Y.XmlFragment;
  carets: CaretAwareness;
  user: InspectorUser;
}

/**
 * The editor's schema is exactly core's rich-text allowlist (the node and mark
 * names of RICH_TEXT_NODE_TYPES and RICH_TEXT_MARK_TYPES): y-prosemirror
 * deletes shared content it cannot map to the schema, so a type missing here
 * would erase a peer's text, and a type added here could write what no
 * renderer accepts. Starter kit's own history is off (the Collaboration
 * extension brings an undo that only reverts this user's typing), and so is
 * its trailing node, which would write into the document merely by opening it.
 */
export function richTextExtensions({
  fragment,
  carets,
  user,
}: RichTextExtensionOptions): Extensions {
  return [
    StarterKit.configure({
      undoRedo: false,
      trailingNode: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: "https",
        protocols: [],
        isAllowedUri: (url) => isAllowedLink(url),
        shouldAutoLink: (url) => isAllowedLink(url),
        HTMLAttributes: { target: "_blank", rel: "noopener noreferrer nofollow" },
      },
    }),
    Collaboration.configure({ fragment }),
    CollaborationCaret.configure({
      provider: { awareness: carets },
      // The whole presence user (with its id), since the extension overwrites the awareness field.
      user: { id: user.id, name: user.name, color: user.color },
      render: renderCaret,
    }),
  ];
}
