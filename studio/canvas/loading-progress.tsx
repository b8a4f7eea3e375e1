import { memo, useSyncExternalStore } from "react";
import type { CanvasModel } from "./canvas-model";

/**
 * A count with English thousands separators, like the rest of the studio's
 * text. Written out rather than left to toLocaleString: this is drawn with
 * the first nodes, and the first number format a page asks for costs it a
 * locale data load (tens of milliseconds) right when the canvas should answer.
 */
const grouped = (count: number): string => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** While nodes away from the first view are still being read, says so (and how many are left). */
export const LoadingProgress = memo(function LoadingProgress({ model }: { model: CanvasModel }) {
  const remaining = useSyncExternalStore(model.subscribeProgress, () => model.remaining);
  const unread = useSyncExternalStore(model.subscribeProgress, () => model.background.unread);
  const total = useSyncExternalStore(model.subscribeProgress, () => model.nodes.length + remaining);
  const read = total - unread;
  if (remaining === 0) return null;
  return (
    <div className="loading-progress" role="status">
      Reading nodes: {grouped(read)} of {grouped(total)}
    </div>
  );
});
