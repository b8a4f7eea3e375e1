import { type ReactNode, useRef } from "react";
import { type FocusRequest, ItemActions } from "../forms/item-actions";
import { useInspectorEnv } from "../inspector-env";

interface DefinitionCardsProps<T> {
  /** Names the list for assistive technology, such as "Skills". */
  label: string;
  items: readonly T[];
  keyOf: (item: T) => string;
  /** How an item is named in headings and button labels. */
  nameOf: (item: T) => string;
  onMove: (item: T, step: -1 | 1) => boolean;
  onRemove: (item: T) => boolean;
  renderFields: (item: T) => ReactNode;
  addLabel: string;
  onAdd: () => void;
  max: number;
  empty: string;
}

/** A scenario-level list (skills, dimensions, personas) as cards with keyboard-operable order and removal. */
export function DefinitionCards<T>(props: DefinitionCardsProps<T>) {
  const { label, items, keyOf, nameOf, onMove, onRemove, renderFields } = props;
  const { editable } = useInspectorEnv();
  const focusRequest = useRef<FocusRequest | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  return (
    <div className="insp-list">
      {items.length === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <ol className="insp-cards" ref={listRef} tabIndex={-1} aria-label={label}>
          {items.map((item, index) => (
            <li key={keyOf(item)} className="insp-card">
              <div className="insp-card__head">
                <h4 className="insp-card__title">{nameOf(item)}</h4>
                <ItemActions
                  name={`“${nameOf(item)}”`}
                  itemKey={keyOf(item)}
                  index={index}
                  count={items.length}
                  focusRequest={focusRequest}
                  onMove={(_, step) => onMove(item, step)}
                  onRemove={() => {
                    if (onRemove(item)) listRef.current?.focus();
                  }}
                />
              </div>
              {renderFields(item)}
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        className="button insp-add"
        disabled={!editable || items.length >= props.max}
        onClick={props.onAdd}
      >
        {props.addLabel}
      </button>
    </div>
  );
}
