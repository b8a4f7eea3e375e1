import { memo, useSyncExternalStore } from "react";
import type { CanvasModel } from "./canvas-model";

/** While nodes away from the first view are still being read, says so (and how many are left). */
export const LoadingProgress = memo(function LoadingProgress({ model }: { model: CanvasModel }) {
  const remaining = useSyncExternalStore(model.subscribe, () => model.remaining);
  const shown = useSyncExternalStore(model.subscribe, () => model.nodes.length);
  if (remaining === 0) return null;
  return (
    <div className="loading-progress" role="status">
      Reading nodes: {shown.toLocaleString()} of {(shown + remaining).toLocaleString()}
    </div>
  );
});
