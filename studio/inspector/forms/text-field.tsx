import { type KeyboardEvent, type ReactNode, useCallback, useId } from "react";
import { useInspectorEnv } from "../inspector-env";
import { describedBy, FieldShell } from "./field-shell";
import { useFieldDraft } from "./use-field-draft";

export interface TextFieldProps {
  label: string;
  value: string;
  /** Writes the value; returns why it was refused, or null. */
  onCommit: (value: string) => string | null;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  /** Refuse an empty value with this message. */
  required?: string;
  validate?: (value: string) => string | null;
  hint?: ReactNode;
  hideLabel?: boolean;
  placeholder?: string;
  className?: string;
  inputMode?: "text" | "url" | "email";
  spellCheck?: boolean;
}

/**
 * A labelled text control that writes on blur or Enter (Ctrl+Enter in a
 * multi-line field), not per keystroke; Escape puts the stored value back.
 */
export function TextField(props: TextFieldProps) {
  const { label, value, onCommit, multiline, rows, maxLength, required, validate } = props;
  const { editable } = useInspectorEnv();
  const id = useId();
  const write = useCallback(
    (raw: string) => {
      const text = multiline ? raw : raw.trim();
      if (required && text.trim() === "") return required;
      if (maxLength !== undefined && text.length > maxLength)
        return `Keep it to ${maxLength} characters or fewer.`;
      return validate?.(text) ?? onCommit(text);
    },
    [multiline, required, maxLength, validate, onCommit],
  );
  const draft = useFieldDraft(value, write);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      draft.commit();
    } else if (event.key === "Escape" && draft.dirty) {
      event.preventDefault();
      event.stopPropagation();
      draft.revert();
    }
  };
  const common = {
    id,
    value: draft.text,
    disabled: !editable,
    maxLength,
    placeholder: props.placeholder,
    spellCheck: props.spellCheck,
    "aria-invalid": draft.error ? true : undefined,
    "aria-describedby": describedBy(id, props.hint, draft.error),
    "data-dirty": draft.dirty ? "true" : undefined,
    onBlur: draft.commit,
    onKeyDown,
  };
  return (
    <FieldShell
      id={id}
      label={label}
      hideLabel={props.hideLabel}
      hint={props.hint}
      error={draft.error}
      className={props.className}
    >
      {multiline ? (
        <textarea
          {...common}
          rows={rows ?? 3}
          onChange={(event) => draft.change(event.target.value)}
        />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={props.inputMode}
          onChange={(event) => draft.change(event.target.value)}
        />
      )}
    </FieldShell>
  );
}
