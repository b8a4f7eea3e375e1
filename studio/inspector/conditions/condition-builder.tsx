import type { Clause, Condition, Variable } from "../../../core";
import { useToast } from "../../ui/toast";
import { SelectField } from "../forms/select-field";
import { useInspectorEnv } from "../inspector-env";
import {
  clauseWithVariable,
  newClause,
  OPERATOR_LABELS,
  OPERATORS_BY_TYPE,
  removeAt,
  replaceAt,
} from "../logic/condition-edits";
import { TypedValueField, typeOfValue } from "./typed-value-field";

interface ConditionBuilderProps {
  legend: string;
  value: Condition;
  variables: readonly Variable[];
  /** Writes the whole condition; returns why it was refused, or null. */
  onChange: (next: Condition) => string | null;
  /** What an empty condition means here. */
  emptyText: string;
}

const COMBINE_OPTIONS = [
  { value: "all", label: "All of these checks hold" },
  { value: "any", label: "Any one of these checks holds" },
];

/** A structured condition: checks of variable, comparison and typed value, combined with all or any. */
export function ConditionBuilder({
  legend,
  value,
  variables,
  onChange,
  emptyText,
}: ConditionBuilderProps) {
  const { editable } = useInspectorEnv();
  const toast = useToast();
  const write = (clauses: Clause[], combine = value.combine) => onChange({ combine, clauses });
  // Buttons have no field to show a refusal beside.
  const press = (clauses: Clause[]) => {
    const refused = write(clauses);
    if (refused) toast({ message: refused, tone: "error" });
  };
  const first = variables[0];
  return (
    <fieldset className="insp-condition">
      <legend>{legend}</legend>
      {value.clauses.length > 1 && (
        <SelectField
          label="Combine"
          value={value.combine}
          options={COMBINE_OPTIONS}
          onChange={(combine) => write(value.clauses, combine as Condition["combine"])}
        />
      )}
      {value.clauses.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ol className="insp-rows">
          {value.clauses.map((clause, index) => (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: checks have no id; their position is their identity.
              key={index}
              className="insp-row"
            >
              <ClauseRow
                number={index + 1}
                clause={clause}
                variables={variables}
                onChange={(next) => write(replaceAt(value.clauses, index, next))}
                onRemove={() => press(removeAt(value.clauses, index))}
                editable={editable}
              />
            </li>
          ))}
        </ol>
      )}
      {first ? (
        <button
          type="button"
          className="button insp-add"
          disabled={!editable || value.clauses.length >= 50}
          onClick={() => press([...value.clauses, newClause(first)])}
        >
          Add a check
        </button>
      ) : (
        <p className="muted">Add a variable in the Scenario tab to build checks.</p>
      )}
    </fieldset>
  );
}

interface ClauseRowProps {
  number: number;
  clause: Clause;
  variables: readonly Variable[];
  onChange: (next: Clause) => string | null;
  onRemove: () => void;
  editable: boolean;
}

function ClauseRow({ number, clause, variables, onChange, onRemove, editable }: ClauseRowProps) {
  const variable = variables.find((v) => v.name === clause.variable);
  const type = variable?.type ?? typeOfValue(clause.value);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a nested fieldset per row would repeat the outer legend's job.
    <div className="insp-row__grid" role="group" aria-label={`Check ${number}`}>
      <SelectField
        label="Variable"
        value={clause.variable}
        options={variables.map((v) => ({ value: v.name, label: v.name }))}
        onChange={(name) => {
          const next = variables.find((v) => v.name === name);
          return next ? onChange(clauseWithVariable(clause, next)) : null;
        }}
      />
      <SelectField
        label="Comparison"
        value={clause.op}
        options={OPERATORS_BY_TYPE[type].map((op) => ({ value: op, label: OPERATOR_LABELS[op] }))}
        onChange={(op) => onChange({ ...clause, op: op as Clause["op"] })}
      />
      <TypedValueField
        label="Value"
        type={type}
        value={clause.value}
        onCommit={(next) => onChange({ ...clause, value: next })}
      />
      <button
        type="button"
        className="icon-button insp-row__remove"
        aria-label={`Remove check ${number}`}
        title="Remove this check"
        disabled={!editable}
        onClick={onRemove}
      >
        ×
      </button>
    </div>
  );
}
