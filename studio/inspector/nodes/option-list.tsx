import { useEffect, useRef } from "react";
import { addOption, type DecisionNode, removeOption, reorderOptions } from "../../../core";
import { type FocusRequest, ItemActions, moveId } from "../forms/item-actions";
import { useInspectorEnv } from "../inspector-env";
import { useCommand } from "../use-command";
import { OptionEditor, QUALITY_LABELS } from "./option-editor";
import "./option-list.css";

const MAX_OPTIONS = 12;

function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The decision's options in order, one open at a time. Which one is open is
 * the canvas selection's `optionId`, so picking an option row on the canvas
 * opens it here and opening it here highlights it there.
 */
export function OptionList({ node, openId }: { node: DecisionNode; openId: string | undefined }) {
  const { doc, origin, editable, onSelect } = useInspectorEnv();
  const { act } = useCommand();
  const focusRequest = useRef<FocusRequest | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const open = (optionId: string | undefined) =>
    onSelect(optionId ? { nodeIds: [node.id], optionId } : { nodeIds: [node.id] });

  useEffect(() => {
    if (!openId) return;
    const item = listRef.current?.querySelector(`[data-option-id="${CSS.escape(openId)}"]`);
    item?.scrollIntoView?.({ block: "nearest" });
  }, [openId]);

  const ids = node.options.map((o) => o.id);
  return (
    <div className="insp-list">
      {node.options.length === 0 ? (
        <p className="muted">No options yet.</p>
      ) : (
        <ol className="insp-options" ref={listRef} tabIndex={-1} aria-label="Options">
          {node.options.map((option, index) => {
            const isOpen = option.id === openId;
            const bodyId = `option-body-${option.id}`;
            return (
              <li
                key={option.id}
                className={`insp-option-item ${isOpen ? "is-open" : ""}`}
                data-option-id={option.id}
              >
                <div className="insp-option-item__head">
                  <button
                    type="button"
                    className="insp-option-item__toggle"
                    aria-expanded={isOpen}
                    aria-controls={isOpen ? bodyId : undefined}
                    onClick={() => open(isOpen ? undefined : option.id)}
                  >
                    <span className={`insp-quality insp-quality--${option.quality}`}>
                      {QUALITY_LABELS[option.quality]}
                    </span>
                    <span className="insp-option-item__text">{clip(option.text)}</span>
                  </button>
                  <ItemActions
                    name={`option ${index + 1}`}
                    itemKey={option.id}
                    index={index}
                    count={node.options.length}
                    focusRequest={focusRequest}
                    onMove={(to) =>
                      act(() =>
                        reorderOptions(
                          doc,
                          { nodeId: node.id, optionIds: moveId(ids, index, to) },
                          origin,
                        ),
                      )
                    }
                    onRemove={() => {
                      if (
                        act(() =>
                          removeOption(doc, { nodeId: node.id, optionId: option.id }, origin),
                        )
                      ) {
                        if (isOpen) open(undefined);
                        listRef.current?.focus();
                      }
                    }}
                  />
                </div>
                {isOpen && (
                  // biome-ignore lint/a11y/useSemanticElements: a region named after the option it edits.
                  <div
                    id={bodyId}
                    className="insp-option-item__body"
                    role="group"
                    aria-label={`Option ${index + 1}`}
                  >
                    <OptionEditor node={node} option={option} />
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <button
        ref={addRef}
        type="button"
        className="button insp-add"
        disabled={!editable || node.options.length >= MAX_OPTIONS}
        onClick={() => {
          let created: string | null = null;
          if (
            act(() => {
              created = addOption(doc, { nodeId: node.id }, origin).optionId;
            }) &&
            created
          )
            open(created);
        }}
      >
        Add an option
      </button>
      {node.options.length >= MAX_OPTIONS && (
        <p className="muted">A decision has at most {MAX_OPTIONS} options.</p>
      )}
    </div>
  );
}
