import { z } from "zod";
import {
  addDimension,
  type Dimension,
  DimensionSchema,
  type PassingRule,
  type Rubric,
  removeDimension,
  reorderDimensions,
  setDimension,
  setRubricPassing,
} from "../../../core";
import { NumberField } from "../forms/number-field";
import { SelectField } from "../forms/select-field";
import { TextField } from "../forms/text-field";
import { useInspectorEnv } from "../inspector-env";
import { freshOrder, stepInOrder } from "../logic/fresh-order";
import { useCommand } from "../use-command";
import { DefinitionCards } from "./definition-cards";

const MODES = [
  { value: "none", label: "No pass mark: finishing completes it" },
  { value: "weighted", label: "Weighted average of the dimensions" },
  { value: "each", label: "Every dimension on its own" },
];
const OUTCOMES = [
  { value: "any", label: "Any ending" },
  { value: "success", label: "A success ending" },
  { value: "success-or-partial", label: "A success or partial ending" },
];
// Designers think in percentages; the document keeps a ratio from 0 to 1.
const PERCENT = z.number().min(0).max(100);

/** Scoring dimensions (each scored on its own) and the rule that decides a pass. */
export function RubricEditor({ rubric }: { rubric: Rubric }) {
  const { doc, origin } = useInspectorEnv();
  const { check, act } = useCommand();
  const set = (id: string, data: Partial<Omit<Dimension, "id">>) =>
    check(() => setDimension(doc, { id, data }, origin));
  const setPassing = (patch: Partial<PassingRule>) =>
    check(() => setRubricPassing(doc, patch, origin));
  const passing = rubric.passing;
  return (
    <div className="stack insp-stack">
      <DefinitionCards
        label="Rubric dimensions"
        items={rubric.dimensions}
        keyOf={(d) => d.id}
        nameOf={(d) => d.label}
        max={12}
        empty="No dimensions: options cannot earn points."
        addLabel="Add a dimension"
        onAdd={() =>
          act(() =>
            addDimension(
              doc,
              { dimension: { label: "New dimension", weight: 1, maxPoints: 4 } },
              origin,
            ),
          )
        }
        onMove={(dimension, step) => {
          const ids = stepInOrder(freshOrder(doc, "dimensions"), dimension.id, step);
          return ids !== null && act(() => reorderDimensions(doc, { ids }, origin));
        }}
        onRemove={(dimension) => act(() => removeDimension(doc, { id: dimension.id }, origin))}
        renderFields={(dimension) => (
          <>
            <TextField
              label="Name"
              value={dimension.label}
              maxLength={DimensionSchema.shape.label.maxLength ?? 80}
              required="A dimension needs a name."
              onCommit={(label) => set(dimension.id, { label })}
            />
            <div className="insp-pair">
              <NumberField
                label="Weight"
                value={dimension.weight}
                schema={DimensionSchema.shape.weight}
                onCommit={(weight) =>
                  weight === null ? "Enter a weight." : set(dimension.id, { weight })
                }
              />
              <NumberField
                label="Full marks"
                value={dimension.maxPoints}
                schema={DimensionSchema.shape.maxPoints}
                hint="Points that count as 100%."
                onCommit={(maxPoints) =>
                  maxPoints === null
                    ? "Enter the points for full marks."
                    : set(dimension.id, { maxPoints })
                }
              />
            </div>
          </>
        )}
      />
      <fieldset className="insp-group">
        <legend>Passing rule</legend>
        <SelectField
          label="Pass when"
          value={passing.mode}
          options={MODES}
          onChange={(mode) => setPassing({ mode: mode as PassingRule["mode"] })}
        />
        {passing.mode !== "none" && (
          <NumberField
            label="Pass mark"
            unit="%"
            value={Math.round(passing.threshold * 10000) / 100}
            schema={PERCENT}
            onCommit={(percent) =>
              percent === null ? "Enter a pass mark." : setPassing({ threshold: percent / 100 })
            }
          />
        )}
        <SelectField
          label="Also requires"
          value={passing.requireOutcome}
          options={OUTCOMES}
          onChange={(requireOutcome) =>
            setPassing({ requireOutcome: requireOutcome as PassingRule["requireOutcome"] })
          }
        />
      </fieldset>
    </div>
  );
}
