import { EditorContent, useEditor } from "@tiptap/react";
import { type KeyboardEvent, type ReactNode, useEffect, useId, useState } from "react";
import type * as Y from "yjs";
import { type RichTextLocation, richTextFragmentOf } from "../../../core";
import { Avatar } from "../../ui/avatar";
import { useInspectorEnv } from "../inspector-env";
import { fragmentKey } from "./fragment-key";
import { LinkForm } from "./link-form";
import { richTextExtensions } from "./rich-text-extensions";
import { RichTextToolbar } from "./rich-text-toolbar";
import "./rich-text-field.css";
import { useRemoteEditors } from "./use-remote-editors";

interface RichTextFieldProps {
  label: string;
  location: RichTextLocation;
  hint?: ReactNode;
}

/**
 * A rich-text field edited in place in its Y.XmlFragment by Tiptap's
 * Collaboration extension: every keystroke merges with peers' keystrokes, and
 * Ctrl+Z inside it undoes only this user's typing.
 */
export function RichTextField({ label, location, hint }: RichTextFieldProps) {
  const { doc } = useInspectorEnv();
  const fragment = richTextFragmentOf(doc, location);
  if (!fragment) {
    return (
      <div className="insp-field">
        <span className="insp-rich__label">{label}</span>
        <p className="muted">This text is not available: the item may have just been removed.</p>
      </div>
    );
  }
  return (
    <CollaborativeText key={fragmentKey(fragment)} fragment={fragment} label={label} hint={hint} />
  );
}

function CollaborativeText({
  fragment,
  label,
  hint,
}: {
  fragment: Y.XmlFragment;
  label: string;
  hint?: ReactNode;
}) {
  const { carets, user, editable } = useInspectorEnv();
  const id = useId();
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const [linkOpen, setLinkOpen] = useState(false);
  const editor = useEditor(
    {
      extensions: richTextExtensions({ fragment, carets, user }),
      editable,
      injectCSS: false,
      editorProps: {
        attributes: {
          role: "textbox",
          "aria-multiline": "true",
          "aria-labelledby": labelId,
          ...(hint ? { "aria-describedby": hintId } : {}),
          class: "insp-rich__content",
          spellcheck: "true",
        },
      },
    },
    [fragment, carets, user.id, user.name, user.color],
  );
  useEffect(() => {
    if (editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);
  const others = useRemoteEditors(carets, fragment);

  const onKeyDown = (event: KeyboardEvent) => {
    const mod = event.ctrlKey || event.metaKey;
    if (!mod || !editable) return;
    const key = event.key.toLowerCase();
    if (key === "k") {
      event.preventDefault();
      setLinkOpen(true);
      return;
    }
    // From the toolbar, undo belongs to the text too, not to the canvas.
    const inToolbar = (event.target as HTMLElement).closest(".insp-rich__toolbar");
    if (inToolbar && (key === "z" || key === "y")) {
      event.preventDefault();
      event.stopPropagation();
      if (key === "y" || event.shiftKey) editor.commands.redo();
      else editor.commands.undo();
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: only catches shortcuts bubbling from the editor and its toolbar.
    <div className="insp-field insp-rich" onKeyDown={onKeyDown}>
      {/* A contenteditable is not labelable: the text names itself with aria-labelledby. */}
      <span id={labelId} className="insp-rich__label">
        {label}
      </span>
      <div className="insp-rich__frame">
        <RichTextToolbar
          editor={editor}
          label={label}
          disabled={!editable}
          linkOpen={linkOpen}
          onLink={() => setLinkOpen((open) => !open)}
        />
        {linkOpen && <LinkForm editor={editor} onClose={() => setLinkOpen(false)} />}
        <EditorContent editor={editor} className="insp-rich__editor" />
      </div>
      {hint && (
        <p id={hintId} className="insp-field__hint">
          {hint}
        </p>
      )}
      {others.length > 0 && (
        <p className="insp-rich__others">
          {others.slice(0, 3).map((o) => (
            <Avatar key={o.clientId} name={o.name} color={o.color} />
          ))}
          <span>
            {others.length === 1
              ? `${others[0]!.name} is editing this text`
              : `${others.length} others are editing this text`}
          </span>
        </p>
      )}
    </div>
  );
}
