import { z } from "zod";
import type { VariableValue } from "../../../core";
import { NumberField } from "../forms/number-field";
import { SelectField } from "../forms/select-field";
import { TextField } from "../forms/text-field";
import type { VariableType } from "../logic/condition-edits";

const ANY_NUMBER = z.number().finite();
const BOOLEAN_OPTIONS = [
  { value: "true", label: "true" },
  { value: "false", label: "false" },
];

interface TypedValueFieldProps {
  label: string;
  type: VariableType;
  value: VariableValue;
  onCommit: (value: VariableValue) => string | null;
  hint?: string;
  className?: string;
}

/** A value input shaped by the variable's type: a number field, a true/false choice or text. */
export function TypedValueField({
  label,
  type,
  value,
  onCommit,
  hint,
  className,
}: TypedValueFieldProps) {
  if (type === "number") {
    return (
      <NumberField
        label={label}
        value={typeof value === "number" ? value : null}
        schema={ANY_NUMBER}
        hint={hint}
        className={className}
        onCommit={(next) => (next === null ? "Enter a number." : onCommit(next))}
      />
    );
  }
  if (type === "boolean") {
    return (
      <SelectField
        label={label}
        value={String(value === true)}
        options={BOOLEAN_OPTIONS}
        hint={hint}
        className={className}
        onChange={(next) => onCommit(next === "true")}
      />
    );
  }
  return (
    <TextField
      label={label}
      value={typeof value === "string" ? value : String(value)}
      maxLength={1000}
      hint={hint}
      className={className}
      onCommit={onCommit}
    />
  );
}

/** The type a value implies when its variable is missing. */
export function typeOfValue(value: VariableValue): VariableType {
  return typeof value === "number" ? "number" : typeof value === "boolean" ? "boolean" : "text";
}
