import { type ReactNode, useId, useState } from "react";
import { useInspectorEnv } from "../inspector-env";
import { describedBy, FieldShell } from "./field-shell";
import { usePending } from "./use-pending";

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  /** Writes the choice; returns why it was refused, or null. A choice is one discrete edit, so it is written at once. */
  onChange: (value: string) => string | null;
  hint?: ReactNode;
  hideLabel?: boolean;
  className?: string;
  disabled?: boolean;
}

export function SelectField(props: SelectFieldProps) {
  const { label, value, options, onChange } = props;
  const { editable } = useInspectorEnv();
  const id = useId();
  const [shown, remember] = usePending(value);
  const [error, setError] = useState<string | null>(null);
  // A value the list does not offer (a missing persona, an unknown variable) stays visible as such.
  const known = options.some((o) => o.value === shown);
  return (
    <FieldShell
      id={id}
      label={label}
      hideLabel={props.hideLabel}
      hint={props.hint}
      error={error}
      className={props.className}
    >
      <select
        id={id}
        value={shown}
        disabled={!editable || props.disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, error)}
        onChange={(event) => {
          const next = event.target.value;
          const refused = onChange(next);
          setError(refused);
          if (!refused) remember(next);
        }}
      >
        {!known && <option value={shown}>{shown ? `${shown} (missing)` : "Choose…"}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
