import { useCallback, useEffect, useState } from "react";
import type { CanvasModel } from "../canvas/canvas-model";
import type { InspectorSelection } from "../inspector/inspector-contract";
import type { PresenceStore } from "../presence/presence-store";

const NOTHING: InspectorSelection = { nodeIds: [] };

/**
 * The selection as the inspector and presence see it: the canvas's selected
 * nodes plus, for a single decision, the option picked in it.
 */
export function useSelection(model: CanvasModel, presence: PresenceStore) {
  const [selection, setSelection] = useState<InspectorSelection>(NOTHING);
  useEffect(() => {
    const update = () => {
      const nodeIds = model.selectedNodeIds();
      presence.setLocalSelection(nodeIds);
      setSelection((prev) => {
        const same =
          prev.nodeIds.length === nodeIds.length &&
          prev.nodeIds.every((id, i) => id === nodeIds[i]);
        // Unchanged: the same object, so the editor does not render again for nothing.
        if (same && (prev.optionId === undefined || nodeIds.length === 1)) return prev;
        const keepOption =
          prev.optionId !== undefined &&
          nodeIds.length === 1 &&
          prev.nodeIds.length === 1 &&
          prev.nodeIds[0] === nodeIds[0];
        return keepOption ? { nodeIds, optionId: prev.optionId } : { nodeIds };
      });
    };
    update();
    return model.subscribeSelection(update);
  }, [model, presence]);

  const select = useCallback(
    (next: InspectorSelection) => {
      model.select(next.nodeIds);
      setSelection(
        next.optionId !== undefined
          ? { nodeIds: [...next.nodeIds], optionId: next.optionId }
          : { nodeIds: [...next.nodeIds] },
      );
    },
    [model],
  );
  return { selection, select };
}
