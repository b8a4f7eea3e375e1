import { useRef } from "react";
import type { ReflectionNode } from "../../../core";
import { CheckboxField } from "../forms/checkbox-field";
import { type FocusRequest, ItemActions, moveId } from "../forms/item-actions";
import { TextField } from "../forms/text-field";
import { useInspectorEnv } from "../inspector-env";
import { freshNode } from "../logic/fresh-read";
import { useNodeWriter } from "./use-node-writer";

export const DEFAULT_LIKERT = [
  "Strongly disagree",
  "Disagree",
  "Neither agree nor disagree",
  "Agree",
  "Strongly agree",
];
const MIN_POINTS = 2;
const MAX_POINTS = 7;

/** The Likert scale's labels, lowest first; without custom labels the player shows five standard ones. */
export function ScaleEditor({ node }: { node: ReflectionNode }) {
  const { doc, editable } = useInspectorEnv();
  const write = useNodeWriter(node.id);
  const focusRequest = useRef<FocusRequest | null>(null);
  const scale = node.scale;
  const edit = (change: (labels: string[]) => string[], press: boolean) => {
    const fresh = freshNode(doc, node.id, "reflection");
    if (!fresh?.scale) return "The scale is no longer there.";
    const data = { scale: change([...fresh.scale]) };
    if (press) return write.press(data) ? null : "refused";
    return write.set(data);
  };
  return (
    <div className="stack insp-stack">
      <CheckboxField
        label="Custom scale labels"
        checked={scale !== null}
        hint={scale ? undefined : `Learners see: ${DEFAULT_LIKERT.join(", ")}.`}
        onChange={(on) => write.set({ scale: on ? DEFAULT_LIKERT : null })}
      />
      {scale && (
        <>
          <ol className="insp-scale">
            {scale.map((label, index) => (
              <li
                // biome-ignore lint/suspicious/noArrayIndexKey: scale points are identified by their position.
                key={index}
                className="insp-scale__item"
              >
                <TextField
                  label={`Point ${index + 1}`}
                  value={label}
                  maxLength={60}
                  required="Each point of the scale needs a label."
                  onCommit={(text) =>
                    edit((labels) => labels.map((l, i) => (i === index ? text : l)), false)
                  }
                />
                <ItemActions
                  name={`point ${index + 1}`}
                  itemKey={`point-${index}`}
                  index={index}
                  count={scale.length}
                  focusRequest={focusRequest}
                  removeLabel={
                    scale.length <= MIN_POINTS ? `Point ${index + 1} cannot be removed` : undefined
                  }
                  onMove={(to) =>
                    edit((labels) => {
                      const order = moveId(
                        labels.map((_, i) => String(i)),
                        index,
                        to,
                      );
                      return order.map((i) => labels[Number(i)]!);
                    }, true) === null
                  }
                  onRemove={() => {
                    if (scale.length > MIN_POINTS)
                      edit((labels) => labels.filter((_, i) => i !== index), true);
                  }}
                />
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="button insp-add"
            disabled={!editable || scale.length >= MAX_POINTS}
            onClick={() => edit((labels) => [...labels, "New point"], true)}
          >
            Add a point
          </button>
        </>
      )}
    </div>
  );
}
