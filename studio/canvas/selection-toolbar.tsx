import { NodeToolbar, Position } from "@xyflow/react";
import { memo, useSyncExternalStore } from "react";
import type { CanvasModel } from "./canvas-model";

interface SelectionToolbarProps {
  model: CanvasModel;
  onDuplicate: (ids: string[]) => void;
  onDelete: (ids: string[]) => void;
}

/**
 * Buttons above the selection for pointer users (the same actions as Ctrl+D
 * and Delete). One toolbar for the canvas, not one per node: a per-node
 * toolbar would subscribe every visible node to the whole store.
 */
export const SelectionToolbar = memo(function SelectionToolbar({
  model,
  onDuplicate,
  onDelete,
}: SelectionToolbarProps) {
  const key = useSyncExternalStore(model.subscribeSelection, () => model.selectionKey);
  const ids = key === "" ? [] : key.split("\u0000");
  if (ids.length === 0) return null;
  const what = ids.length === 1 ? "node" : `${ids.length} nodes`;
  return (
    <NodeToolbar nodeId={ids} isVisible position={Position.Top} className="selection-toolbar">
      <button type="button" className="button button--ghost" onClick={() => onDuplicate(ids)}>
        Duplicate {ids.length > 1 ? what : ""}
      </button>
      <button
        type="button"
        className="button button--ghost button--danger"
        onClick={() => onDelete(ids)}
      >
        Delete {ids.length > 1 ? what : ""}
      </button>
    </NodeToolbar>
  );
});
