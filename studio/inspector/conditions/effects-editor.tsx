import type { Effect, Variable } from "../../../core";
import { useToast } from "../../ui/toast";
import { SelectField } from "../forms/select-field";
import { useInspectorEnv } from "../inspector-env";
import { effectWithVariable, newEffect, removeAt, replaceAt } from "../logic/condition-edits";
import { TypedValueField, typeOfValue } from "./typed-value-field";

interface EffectsEditorProps {
  legend: string;
  effects: readonly Effect[];
  variables: readonly Variable[];
  /** Writes the whole list; returns why it was refused, or null. */
  onChange: (next: Effect[]) => string | null;
  emptyText?: string;
}

const NUMBER_OPS = [
  { value: "add", label: "change by" },
  { value: "set", label: "set to" },
];
const SET_ONLY = [{ value: "set", label: "set to" }];

/** Changes to variables, applied in order: add to a number (clamped to its range) or set a value. */
export function EffectsEditor({
  legend,
  effects,
  variables,
  onChange,
  emptyText,
}: EffectsEditorProps) {
  const { editable } = useInspectorEnv();
  const toast = useToast();
  const first = variables[0];
  const press = (next: Effect[]) => {
    const refused = onChange(next);
    if (refused) toast({ message: refused, tone: "error" });
  };
  return (
    <fieldset className="insp-effects">
      <legend>{legend}</legend>
      {effects.length === 0 ? (
        <p className="muted">{emptyText ?? "No changes to variables."}</p>
      ) : (
        <ol className="insp-rows">
          {effects.map((effect, index) => {
            const variable = variables.find((v) => v.name === effect.variable);
            const type = variable?.type ?? typeOfValue(effect.value);
            const write = (next: Effect) => onChange(replaceAt(effects, index, next));
            return (
              <li
                // biome-ignore lint/suspicious/noArrayIndexKey: effects have no id; their position is their identity.
                key={index}
                className="insp-row"
              >
                {/* biome-ignore lint/a11y/useSemanticElements: a nested fieldset per row would repeat the outer legend's job. */}
                <div className="insp-row__grid" role="group" aria-label={`Change ${index + 1}`}>
                  <SelectField
                    label="Variable"
                    value={effect.variable}
                    options={variables.map((v) => ({ value: v.name, label: v.name }))}
                    onChange={(name) => {
                      const next = variables.find((v) => v.name === name);
                      return next ? write(effectWithVariable(effect, next)) : null;
                    }}
                  />
                  <SelectField
                    label="Change"
                    value={effect.op}
                    options={type === "number" ? NUMBER_OPS : SET_ONLY}
                    onChange={(op) => write({ ...effect, op: op as Effect["op"] })}
                  />
                  <TypedValueField
                    label={effect.op === "add" ? "By" : "To"}
                    type={type}
                    value={effect.value}
                    onCommit={(value) => write({ ...effect, value })}
                  />
                  <button
                    type="button"
                    className="icon-button insp-row__remove"
                    aria-label={`Remove change ${index + 1}`}
                    title="Remove this change"
                    disabled={!editable}
                    onClick={() => press(removeAt(effects, index))}
                  >
                    ×
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {first ? (
        <button
          type="button"
          className="button insp-add"
          disabled={!editable || effects.length >= 50}
          onClick={() => press([...effects, newEffect(first)])}
        >
          Add a change
        </button>
      ) : (
        <p className="muted">Add a variable in the Scenario tab to change it here.</p>
      )}
    </fieldset>
  );
}
