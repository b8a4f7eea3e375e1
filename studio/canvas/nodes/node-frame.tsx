import { Handle, Position } from "@xyflow/react";
import type { ReactNode } from "react";
import { useRemoteSelection } from "../../presence/presence-context";
import { NODE_KIND_NAMES } from "../../ui/node-kind-names";

interface NodeFrameProps {
  id: string;
  kind: keyof typeof NODE_KIND_NAMES;
  label: string;
  /** Extra text in the header after the label (for example the timer). */
  badge?: ReactNode;
  className?: string;
  selected: boolean;
  children: ReactNode;
}

/** The shared shell of every node: header, remote-selection outline and the input port. */
export function NodeFrame({
  id,
  kind,
  label,
  badge,
  className,
  selected,
  children,
}: NodeFrameProps) {
  const remote = useRemoteSelection(id);
  return (
    <div
      className={`fl-node fl-node--${kind} ${className ?? ""} ${selected ? "is-selected" : ""} ${remote ? "has-remote" : ""}`}
      style={remote ? ({ "--remote-color": remote.color } as React.CSSProperties) : undefined}
    >
      {kind !== "note" && (
        <Handle type="target" position={Position.Left} className="fl-port fl-port--in" />
      )}
      <div className="fl-node__header">
        <span className="fl-node__kind">{NODE_KIND_NAMES[kind]}</span>
        <span className="fl-node__label">{label}</span>
        {badge}
      </div>
      {children}
      {remote && (
        <span className="fl-node__remote" aria-hidden="true">
          {remote.name}
        </span>
      )}
    </div>
  );
}

/**
 * A port on the right edge of a row: connections start here. The port is a
 * drawn dot that pointer users drag from; to assistive technology it is an
 * image named after its row (as React Flow draws unfocusable edges), since a
 * bare div may not carry a name.
 */
export function SourcePort({ id, label }: { id: string; label: string }) {
  return (
    <Handle
      type="source"
      position={Position.Right}
      id={id}
      className="fl-port fl-port--out"
      role="img"
      aria-label={`Port: ${label}`}
      title={`Drag to connect: ${label}`}
    />
  );
}
