import { useStore, ViewportPortal } from "@xyflow/react";
import { memo } from "react";
import { useRemoteCursors } from "../presence/presence-context";
import { readableTextOn } from "../ui/readable-text-on";

const zoomOf = (s: { transform: [number, number, number] }) => s.transform[2];

/** Other people's pointers, placed in flow coordinates so they point at the same thing on every screen. */
export const RemoteCursors = memo(function RemoteCursors() {
  const cursors = useRemoteCursors();
  const zoom = useStore(zoomOf);
  if (cursors.length === 0) return null;
  return (
    <ViewportPortal>
      {cursors.map((c) => (
        <div
          key={c.clientId}
          className="remote-cursor"
          aria-hidden="true"
          style={{ transform: `translate(${c.x}px, ${c.y}px) scale(${1 / zoom})` }}
        >
          <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
            <path
              d="M1 1 L1 15 L5 11 L8 17 L10.5 16 L7.5 10 L13 10 Z"
              fill={c.color}
              stroke="#fff"
              strokeWidth="1.2"
            />
          </svg>
          <span
            className="remote-cursor__name"
            style={{ background: c.color, color: readableTextOn(c.color) }}
          >
            {c.name}
          </span>
        </div>
      ))}
    </ViewportPortal>
  );
});
