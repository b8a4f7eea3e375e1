import { type ReactFlowState, useStore } from "@xyflow/react";

/** Below this zoom, text is too small to read and nodes draw in outline. */
export const FAR_ZOOM = 0.45;

const isFar = (s: ReactFlowState) => s.transform[2] < FAR_ZOOM;

/** True when the view is zoomed out far; a node re-renders only when this flips. */
export const useFar = (): boolean => useStore(isFar);
