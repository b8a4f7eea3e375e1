import { type RefObject, useEffect, useRef } from "react";
import { useInspectorEnv } from "../inspector-env";

/** Which item's move button should hold focus once the list shows it at its new place. */
export interface FocusRequest {
  key: string;
  index: number;
  direction: "up" | "down";
}

interface ItemActionsProps {
  /** How the item is named in button labels, such as `option “Let me check”`. */
  name: string;
  itemKey: string;
  index: number;
  count: number;
  /** Moves the item to index `to` (one `step` from where it is shown); returns whether the move was written. */
  onMove: (to: number, step: -1 | 1) => boolean;
  onRemove: () => void;
  removeLabel?: string;
  focusRequest: RefObject<FocusRequest | null>;
}

/**
 * Move up, move down and remove as buttons, so lists are ordered by keyboard
 * as easily as by pointer. Focus stays on the moved item's button even when
 * the list re-renders later (lists fed by the settled scenario lag a little).
 */
export function ItemActions(props: ItemActionsProps) {
  const { name, itemKey, index, count, onMove, onRemove, focusRequest } = props;
  const { editable } = useInspectorEnv();
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const request = focusRequest.current;
    if (!request || request.key !== itemKey || request.index !== index) return;
    focusRequest.current = null;
    const preferred = request.direction === "up" ? up.current : down.current;
    const other = request.direction === "up" ? down.current : up.current;
    (preferred && !preferred.disabled ? preferred : other)?.focus();
  });

  const move = (direction: "up" | "down") => {
    const to = direction === "up" ? index - 1 : index + 1;
    focusRequest.current = { key: itemKey, index: to, direction };
    if (!onMove(to, direction === "up" ? -1 : 1)) focusRequest.current = null;
  };

  return (
    <span className="insp-item-actions">
      <button
        ref={up}
        type="button"
        className="icon-button"
        aria-label={`Move ${name} up`}
        title="Move up"
        disabled={!editable || index === 0}
        onClick={() => move("up")}
      >
        ↑
      </button>
      <button
        ref={down}
        type="button"
        className="icon-button"
        aria-label={`Move ${name} down`}
        title="Move down"
        disabled={!editable || index >= count - 1}
        onClick={() => move("down")}
      >
        ↓
      </button>
      <button
        type="button"
        className="icon-button insp-item-actions__remove"
        aria-label={props.removeLabel ?? `Remove ${name}`}
        title="Remove"
        disabled={!editable}
        onClick={onRemove}
      >
        ×
      </button>
    </span>
  );
}

/** The ids in a new order with the item at `from` moved to `to`. */
export function moveId(ids: readonly string[], from: number, to: number): string[] {
  const next = [...ids];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(Math.max(0, Math.min(next.length, to)), 0, item);
  return next;
}
