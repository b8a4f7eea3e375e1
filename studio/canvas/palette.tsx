import { type DragEvent, memo } from "react";
import type { NodeKind } from "../../core";

export const PALETTE_MIME = "application/x-forkline-node-kind";

const ITEMS: { kind: NodeKind; label: string; hint: string }[] = [
  { kind: "scene", label: "Scene", hint: "What the customer says or does" },
  { kind: "decision", label: "Decision", hint: "The learner picks a reply" },
  { kind: "condition", label: "Condition", hint: "Branch on variables" },
  { kind: "reflection", label: "Reflection", hint: "Ask how it went" },
  { kind: "ending", label: "Ending", hint: "Success, partial or failure" },
  { kind: "note", label: "Note", hint: "A sticky note for designers" },
];

interface PaletteProps {
  /** Adds a node of this kind at the centre of the visible canvas (click or Enter). */
  onAdd: (kind: NodeKind) => void;
  disabled?: boolean;
}

/**
 * Each kind is a button: drag it onto the canvas to place it, or press it
 * (Enter, Space, click) to add one at the centre of the view.
 */
export const Palette = memo(function Palette({ onAdd, disabled }: PaletteProps) {
  const onDragStart = (event: DragEvent<HTMLButtonElement>, kind: NodeKind) => {
    event.dataTransfer.setData(PALETTE_MIME, kind);
    event.dataTransfer.setData("text/plain", kind);
    event.dataTransfer.effectAllowed = "copy";
  };
  return (
    <nav className="palette" aria-label="Add nodes">
      <h2 className="palette__title">Add</h2>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.kind}>
            <button
              type="button"
              className={`palette__item palette__item--${item.kind}`}
              draggable={!disabled}
              disabled={disabled}
              onDragStart={(e) => onDragStart(e, item.kind)}
              onClick={() => onAdd(item.kind)}
              aria-label={`Add ${item.label.toLowerCase()} node`}
              title={`${item.hint}. Drag onto the canvas, or press Enter to add at the centre.`}
            >
              <span
                className={`palette__swatch palette__swatch--${item.kind}`}
                aria-hidden="true"
              />
              <span className="palette__label">{item.label}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
});
