import { useId, useRef, useState } from "react";
import { addVariable, type Scenario, type Variable } from "../../../core";
import { errorIdOf } from "../forms/field-shell";
import { useInspectorEnv } from "../inspector-env";
import { useCommand } from "../use-command";
import { blankVariable, checkVariableName, VariableCard } from "./variable-card";

/** The scenario's state: typed variables that effects change and conditions read. */
export function VariablesEditor({ scenario }: { scenario: Scenario }) {
  const renamed = useRef<string | null>(null);
  return (
    <div className="insp-list">
      {scenario.variables.length === 0 ? (
        <p className="muted">No variables yet.</p>
      ) : (
        <ol className="insp-cards" aria-label="Variables">
          {scenario.variables.map((variable) => (
            <VariableCard
              key={variable.name}
              variable={variable}
              scenario={scenario}
              renamed={renamed}
            />
          ))}
        </ol>
      )}
      <AddVariable taken={scenario.variables.map((v) => v.name)} />
    </div>
  );
}

function AddVariable({ taken }: { taken: readonly string[] }) {
  const { doc, origin, editable } = useInspectorEnv();
  const { check } = useCommand();
  const id = useId();
  const [name, setName] = useState("");
  const [type, setType] = useState<Variable["type"]>("number");
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const trimmed = name.trim();
    const problem =
      checkVariableName(trimmed) ??
      (taken.includes(trimmed) ? `There is already a variable called ${trimmed}.` : null) ??
      check(() => addVariable(doc, { variable: blankVariable(trimmed, type) }, origin));
    setError(problem);
    if (!problem) setName("");
  };
  return (
    <fieldset className="insp-group insp-add-variable">
      <legend>New variable</legend>
      <div className="field insp-field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          spellCheck={false}
          disabled={!editable}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorIdOf(`${id}-name`) : undefined}
          onChange={(event) => {
            setName(event.target.value);
            setError(null);
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              add();
            }
          }}
        />
        {error && (
          <p id={errorIdOf(`${id}-name`)} className="insp-field__error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="field insp-field">
        <label htmlFor={`${id}-type`}>Type</label>
        <select
          id={`${id}-type`}
          value={type}
          disabled={!editable}
          onChange={(event) => setType(event.target.value as Variable["type"])}
        >
          <option value="number">Number</option>
          <option value="boolean">Yes or no</option>
          <option value="text">Text</option>
        </select>
      </div>
      <button type="button" className="button insp-add" disabled={!editable} onClick={add}>
        Add the variable
      </button>
    </fieldset>
  );
}
