import { type KeyboardEvent, type ReactNode, useCallback, useId } from "react";
import type { z } from "zod";
import { useInspectorEnv } from "../inspector-env";
import { describedBy, FieldShell } from "./field-shell";
import { checkNumber } from "./number-rule";
import { useFieldDraft } from "./use-field-draft";

export interface NumberFieldProps {
  label: string;
  value: number | null;
  /** Writes the value; returns why it was refused, or null. */
  onCommit: (value: number | null) => string | null;
  /** The schema of the field (its limits are the form's limits). */
  schema: z.ZodType;
  /** Empty clears the value (null). */
  nullable?: boolean;
  hint?: ReactNode;
  hideLabel?: boolean;
  unit?: string;
  className?: string;
}

const format = (value: number | null) => (value === null ? "" : String(value));

/**
 * A number typed as text and checked against the schema on blur or Enter: an
 * invalid entry shows what is allowed and writes nothing.
 */
export function NumberField(props: NumberFieldProps) {
  const { label, value, onCommit, schema, nullable = false } = props;
  const { editable } = useInspectorEnv();
  const id = useId();
  const write = useCallback(
    (text: string) => {
      const checked = checkNumber(text, schema, nullable);
      if (!checked.ok) return checked.error;
      if (checked.value === value) return null;
      return onCommit(checked.value);
    },
    [schema, nullable, value, onCommit],
  );
  const draft = useFieldDraft(format(value), write);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      draft.commit();
    } else if (event.key === "Escape" && draft.dirty) {
      event.preventDefault();
      event.stopPropagation();
      draft.revert();
    }
  };
  return (
    <FieldShell
      id={id}
      label={props.unit ? `${label} (${props.unit})` : label}
      hideLabel={props.hideLabel}
      hint={props.hint}
      error={draft.error}
      className={`insp-field--number ${props.className ?? ""}`}
    >
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={draft.text}
        disabled={!editable}
        aria-invalid={draft.error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, draft.error)}
        data-dirty={draft.dirty ? "true" : undefined}
        onChange={(event) => draft.change(event.target.value)}
        onBlur={draft.commit}
        onKeyDown={onKeyDown}
      />
    </FieldShell>
  );
}
