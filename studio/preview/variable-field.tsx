import { memo } from "react";
import type { Variable } from "../../core";
import { rangeText } from "./start-variables";

interface VariableFieldProps {
  id: string;
  variable: Variable;
  value: string | boolean;
  error: string | null;
  onChange: (value: string | boolean) => void;
}

function hintOf(variable: Variable): string {
  const parts: string[] = [variable.type];
  const range = rangeText(variable);
  if (range) parts.push(range);
  parts.push(
    `starts at ${variable.type === "text" ? `“${variable.initial}”` : String(variable.initial)}`,
  );
  if (variable.description) parts.push(variable.description);
  return parts.join(" · ");
}

/** One variable of the preview's setup, typed as the scenario declares it. */
export const VariableField = memo(function VariableField({
  id,
  variable,
  value,
  error,
  onChange,
}: VariableFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = error ? `${hintId} ${errorId}` : hintId;
  const changed =
    value !== (variable.type === "boolean" ? variable.initial : String(variable.initial));
  return (
    <div className={`field variable-field ${changed ? "is-changed" : ""}`}>
      {variable.type === "boolean" ? (
        <label className="variable-field__check">
          <input
            id={id}
            type="checkbox"
            checked={value === true}
            aria-describedby={describedBy}
            onChange={(e) => onChange(e.target.checked)}
          />
          <span className="variable-field__name">{variable.name}</span>
        </label>
      ) : (
        <>
          <label htmlFor={id} className="variable-field__name">
            {variable.name}
          </label>
          <input
            id={id}
            type="text"
            inputMode={variable.type === "number" ? "decimal" : "text"}
            maxLength={variable.type === "text" ? 1000 : undefined}
            value={typeof value === "string" ? value : String(value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => onChange(e.target.value)}
          />
        </>
      )}
      <span id={hintId} className="muted">
        {hintOf(variable)}
      </span>
      {error && (
        <span id={errorId} className="error-text">
          {error}
        </span>
      )}
    </div>
  );
});
