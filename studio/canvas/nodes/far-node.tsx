import { Handle, Position } from "@xyflow/react";
import { memo } from "react";
import { useRemoteSelection } from "../../presence/presence-context";
import { geometryOf } from "../node-geometry";
import type { NodeView } from "../node-view";

/**
 * A node drawn in outline for far zoom levels: its header and its ports in
 * the same places as the full drawing (so edges do not move), and nothing
 * else. A fraction of the elements keeps zoomed-out views of thousands of
 * nodes fluid.
 */
export const FarNode = memo(function FarNode({
  id,
  view,
  selected,
  className,
}: {
  id: string;
  view: NodeView;
  selected: boolean;
  className?: string;
}) {
  const remote = useRemoteSelection(id);
  const geometry = geometryOf(view);
  return (
    <div
      className={`fl-node fl-node--${view.kind} fl-node--far ${className ?? ""} ${selected ? "is-selected" : ""} ${remote ? "has-remote" : ""}`}
      style={remote ? ({ "--remote-color": remote.color } as React.CSSProperties) : undefined}
    >
      <div className="fl-node__header">
        <span className="fl-node__label">{view.label || view.kind}</span>
      </div>
      {geometry.handles.map((h) => (
        <Handle
          key={`${h.type}-${h.id ?? ""}`}
          type={h.type}
          id={h.id ?? undefined}
          position={h.type === "source" ? Position.Right : Position.Left}
          className={`fl-port ${h.type === "source" ? "fl-port--out" : "fl-port--in"}`}
          style={{ top: h.y + (h.height ?? 0) / 2 }}
        />
      ))}
    </div>
  );
});
