import type { Editor } from "@tiptap/core";
import { type KeyboardEvent, useId, useState } from "react";
import { isAllowedLink } from "./is-allowed-link";

interface LinkFormProps {
  editor: Editor;
  onClose: () => void;
}

/** Adds, changes or removes the link at the selection; only http, https and mailto addresses. */
export function LinkForm({ editor, onClose }: LinkFormProps) {
  const id = useId();
  const current = (editor.getAttributes("link").href as string | undefined) ?? "";
  const [href, setHref] = useState(current);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    onClose();
    editor.commands.focus();
  };
  const apply = () => {
    const value = href.trim();
    if (!isAllowedLink(value)) {
      setError("Enter an address starting with https://, http:// or mailto:.");
      return;
    }
    const chain = editor.chain().focus().extendMarkRange("link");
    if (editor.state.selection.empty && !editor.isActive("link")) {
      chain
        .insertContent({
          type: "text",
          text: value,
          marks: [{ type: "link", attrs: { href: value } }],
        })
        .run();
    } else chain.setLink({ href: value }).run();
    onClose();
  };
  const remove = () => {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    onClose();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter") {
      event.preventDefault();
      apply();
    } else if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };
  return (
    // A group, not a form: it sits inside other fields and submits nothing.
    <fieldset className="insp-link-form" onKeyDown={onKeyDown}>
      <legend className="visually-hidden">Link</legend>
      <label htmlFor={id}>Link address</label>
      <input
        id={id}
        type="text"
        inputMode="url"
        // biome-ignore lint/a11y/noAutofocus: the form opens on the designer's request (Ctrl+K or the Link button).
        autoFocus
        value={href}
        placeholder="https://"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          setHref(event.target.value);
          setError(null);
        }}
      />
      {error && (
        <p id={`${id}-error`} className="insp-field__error" role="alert">
          {error}
        </p>
      )}
      <div className="insp-link-form__actions">
        <button type="button" className="button button--primary" onClick={apply}>
          Apply
        </button>
        {current && (
          <button type="button" className="button" onClick={remove}>
            Remove link
          </button>
        )}
        <button type="button" className="button button--ghost" onClick={close}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
