import { useId } from "react";
import type { ExportOptionField } from "./export-api";

interface OptionFieldInputProps {
  field: ExportOptionField;
  value: unknown;
  onChange: (value: unknown) => void;
}

/**
 * One exporter option as a form control, chosen from its JSON Schema type:
 * a checkbox for booleans, a select for enums, a number input for numbers
 * (empty means "not set" when the option may be null), a text input otherwise.
 */
export function OptionFieldInput({ field, value, onChange }: OptionFieldInputProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const label = field.title ?? field.key;
  const hint = field.description ? (
    <p id={hintId} className="export-dialog__hint">
      {field.description}
    </p>
  ) : null;
  const described = field.description ? hintId : undefined;

  if (field.types.includes("boolean")) {
    return (
      <div className="field">
        <div className="field--inline">
          <input
            id={id}
            type="checkbox"
            checked={value === true}
            aria-describedby={described}
            onChange={(e) => onChange(e.target.checked)}
          />
          <label htmlFor={id}>{label}</label>
        </div>
        {hint}
      </div>
    );
  }
  if (field.enum) {
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <select
          id={id}
          value={String(value ?? "")}
          aria-describedby={described}
          onChange={(e) => onChange(e.target.value)}
        >
          {field.enum.map((v) => (
            <option key={String(v)} value={String(v)}>
              {String(v)}
            </option>
          ))}
        </select>
        {hint}
      </div>
    );
  }
  if (field.types.includes("number") || field.types.includes("integer")) {
    const nullable = field.types.includes("null");
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type="number"
          inputMode="decimal"
          step="any"
          min={field.minimum}
          max={field.maximum}
          value={typeof value === "number" ? value : ""}
          aria-describedby={described}
          onChange={(e) => {
            const text = e.target.value;
            if (text === "") onChange(nullable ? null : undefined);
            else onChange(Number(text));
          }}
        />
        {hint}
      </div>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        maxLength={field.maxLength}
        value={typeof value === "string" ? value : ""}
        aria-describedby={described}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint}
    </div>
  );
}
