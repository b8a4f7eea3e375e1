import { useEffect, useRef, useState } from "react";
import { z } from "zod";
import {
  removeVariable,
  renameVariable,
  type Scenario,
  setVariable,
  type Variable,
  VariableNameSchema,
} from "../../../core";
import { useToast } from "../../ui/toast";
import { TypedValueField } from "../conditions/typed-value-field";
import { NumberField } from "../forms/number-field";
import { SelectField } from "../forms/select-field";
import { TextField } from "../forms/text-field";
import { useInspectorEnv } from "../inspector-env";
import { variableUses } from "../logic/variable-uses";
import { useCommand } from "../use-command";

const TYPES = [
  { value: "number", label: "Number" },
  { value: "boolean", label: "Yes or no" },
  { value: "text", label: "Text" },
];
const BOUND = z.number().finite().nullable();

export function checkVariableName(name: string): string | null {
  return VariableNameSchema.safeParse(name).success
    ? null
    : "Use letters, digits and _, not starting with a digit (64 at most).";
}

/** A fresh variable of the given type, with the type's natural starting value. */
export function blankVariable(name: string, type: Variable["type"]): Variable {
  if (type === "number") return { name, description: "", type, initial: 0, min: null, max: null };
  if (type === "boolean") return { name, description: "", type, initial: false };
  return { name, description: "", type, initial: "" };
}

interface VariableCardProps {
  variable: Variable;
  scenario: Scenario;
  /** The name to focus after a rename re-creates the card. */
  renamed: { current: string | null };
}

/** One variable: rename (updating every reference), type, starting value, range, removal with its uses listed. */
export function VariableCard({ variable, scenario, renamed }: VariableCardProps) {
  const { doc, origin, editable } = useInspectorEnv();
  const { check, act } = useCommand();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const nameField = useRef<HTMLDivElement>(null);
  const set = (data: Parameters<typeof setVariable>[1]["data"]) =>
    check(() => setVariable(doc, { name: variable.name, data }, origin));

  useEffect(() => {
    if (renamed.current !== variable.name) return;
    renamed.current = null;
    nameField.current?.querySelector("input")?.focus();
  }, [renamed, variable.name]);

  const rename = (to: string) => {
    let references = 0;
    const refused = check(() => {
      references = renameVariable(doc, { from: variable.name, to }, origin).references;
    });
    if (refused) return refused;
    renamed.current = to;
    toast({
      message:
        references === 0
          ? `Renamed to ${to}.`
          : `Renamed to ${to}; ${references} ${references === 1 ? "place was" : "places were"} updated.`,
    });
    return null;
  };
  const uses = confirming ? variableUses(scenario, variable.name) : [];
  const remove = () => {
    if (!confirming && variableUses(scenario, variable.name).length > 0) {
      setConfirming(true);
      return;
    }
    act(() => removeVariable(doc, { name: variable.name }, origin));
  };
  const inRange = (initial: number, min: number | null, max: number | null) => {
    if (min !== null && max !== null && min > max) return "The minimum is above the maximum.";
    if (min !== null && initial < min) return `The starting value ${initial} is below the minimum.`;
    if (max !== null && initial > max) return `The starting value ${initial} is above the maximum.`;
    return null;
  };

  return (
    <li className="insp-card">
      <div className="insp-card__head">
        <h4 className="insp-card__title">
          <code>{variable.name}</code>
        </h4>
        <button
          type="button"
          className="icon-button insp-item-actions__remove"
          aria-label={`Remove variable ${variable.name}`}
          title="Remove"
          disabled={!editable}
          onClick={remove}
        >
          ×
        </button>
      </div>
      {confirming && (
        <div className="insp-confirm" role="alert">
          <p>
            <code>{variable.name}</code> is used in {uses.length}{" "}
            {uses.length === 1 ? "place" : "places"}. Removing it leaves these pointing at nothing
            (the problems panel will list them):
          </p>
          <ul>
            {uses.map((use, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a static list shown once.
              <li key={i}>{use.where}</li>
            ))}
          </ul>
          <div className="insp-confirm__actions">
            <button
              type="button"
              className="button button--danger"
              onClick={() => act(() => removeVariable(doc, { name: variable.name }, origin))}
            >
              Remove anyway
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        </div>
      )}
      <div ref={nameField}>
        <TextField
          label="Name"
          value={variable.name}
          validate={checkVariableName}
          hint="Renaming updates every condition and change that uses it."
          spellCheck={false}
          onCommit={rename}
        />
      </div>
      <SelectField
        label="Type"
        value={variable.type}
        options={TYPES}
        onChange={(type) => {
          const blank = blankVariable(variable.name, type as Variable["type"]);
          const { name: _name, description: _description, ...data } = blank;
          return set(data);
        }}
      />
      <TypedValueField
        label="Starting value"
        type={variable.type}
        value={variable.initial}
        onCommit={(initial) =>
          variable.type === "number" && typeof initial === "number"
            ? (inRange(initial, variable.min, variable.max) ?? set({ initial }))
            : set({ initial })
        }
      />
      {variable.type === "number" && (
        <div className="insp-pair">
          <NumberField
            label="Minimum"
            value={variable.min}
            schema={BOUND}
            nullable
            hint="Empty: no minimum."
            onCommit={(min) => inRange(variable.initial, min, variable.max) ?? set({ min })}
          />
          <NumberField
            label="Maximum"
            value={variable.max}
            schema={BOUND}
            nullable
            hint="Empty: no maximum."
            onCommit={(max) => inRange(variable.initial, variable.min, max) ?? set({ max })}
          />
        </div>
      )}
      <TextField
        label="Description"
        value={variable.description}
        multiline
        rows={2}
        maxLength={500}
        onCommit={(description) => set({ description })}
      />
    </li>
  );
}
