import { type ReactNode, useId, useState } from "react";
import { useInspectorEnv } from "../inspector-env";
import { errorIdOf, hintIdOf } from "./field-shell";
import { usePending } from "./use-pending";

export interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  /** Writes the new state; returns why it was refused, or null. */
  onChange: (checked: boolean) => string | null;
  hint?: ReactNode;
  className?: string;
}

export function CheckboxField({ label, checked, onChange, hint, className }: CheckboxFieldProps) {
  const { editable } = useInspectorEnv();
  const id = useId();
  const [shown, remember] = usePending(checked);
  const [error, setError] = useState<string | null>(null);
  const described = [hint ? hintIdOf(id) : null, error ? errorIdOf(id) : null].filter(Boolean);
  return (
    <div className={`insp-check ${className ?? ""}`}>
      <input
        id={id}
        type="checkbox"
        checked={shown}
        disabled={!editable}
        aria-describedby={described.length > 0 ? described.join(" ") : undefined}
        onChange={(event) => {
          const next = event.target.checked;
          const refused = onChange(next);
          setError(refused);
          if (!refused) remember(next);
        }}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintIdOf(id)} className="insp-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorIdOf(id)} className="insp-field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
