import { useEffect, useState } from "react";
import type * as Y from "yjs";

/** Whether there is something to undo or redo, for the toolbar buttons. */
export function useUndoState(undoManager: Y.UndoManager): { canUndo: boolean; canRedo: boolean } {
  const read = () => ({ canUndo: undoManager.canUndo(), canRedo: undoManager.canRedo() });
  const [state, setState] = useState(read);
  useEffect(() => {
    const update = () =>
      setState((s) => {
        const next = { canUndo: undoManager.canUndo(), canRedo: undoManager.canRedo() };
        return s.canUndo === next.canUndo && s.canRedo === next.canRedo ? s : next;
      });
    undoManager.on("stack-item-added", update);
    undoManager.on("stack-item-popped", update);
    undoManager.on("stack-cleared", update);
    return () => {
      undoManager.off("stack-item-added", update);
      undoManager.off("stack-item-popped", update);
      undoManager.off("stack-cleared", update);
    };
  }, [undoManager]);
  return state;
}
