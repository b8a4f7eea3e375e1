import { useReactFlow } from "@xyflow/react";
import { type PointerEvent, useCallback, useEffect, useRef } from "react";
import type { PresenceStore } from "../presence/presence-store";
import type { FlowEdge, FlowNode } from "./flow-types";

/** Remote cursors glide between updates (CSS transition), so about 12 updates a second are plenty. */
const CURSOR_INTERVAL_MS = 80;

/**
 * Shares the local pointer with peers at most every CURSOR_INTERVAL_MS, from
 * a timer rather than from the pointer event: encoding and sending awareness
 * then stays out of the task that answers the pointer (during a drag, the one
 * that moves the node and draws the frame), and the last position before the
 * pointer stops is always sent.
 */
export function useCursorPublisher(presence: PresenceStore) {
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const latest = useRef<{ x: number; y: number } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastSent = useRef(Number.NEGATIVE_INFINITY);

  const publish = useCallback(() => {
    timer.current = null;
    const screen = latest.current;
    if (!screen) return;
    lastSent.current = performance.now();
    const p = flow.screenToFlowPosition(screen, { snapToGrid: false });
    presence.setLocalCursor({ x: Math.round(p.x), y: Math.round(p.y) });
  }, [flow, presence]);

  const onPointerMove = useCallback(
    (event: PointerEvent) => {
      latest.current = { x: event.clientX, y: event.clientY };
      if (timer.current !== null) return;
      const wait = Math.max(0, CURSOR_INTERVAL_MS - (performance.now() - lastSent.current));
      timer.current = setTimeout(publish, wait);
    },
    [publish],
  );

  const onPointerLeave = useCallback(() => {
    latest.current = null;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    presence.setLocalCursor(null);
  }, [presence]);

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  return { onPointerMove, onPointerLeave };
}
