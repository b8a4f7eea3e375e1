import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { FlowNode } from "../flow-types";
import type { NoteView } from "../node-view";
import { FarNode } from "./far-node";
import { NodeFrame } from "./node-frame";
import { useFar } from "./use-far";

function NoteNodeBase({ id, data, selected }: NodeProps<FlowNode<NoteView>>) {
  const far = useFar();
  if (far)
    return <FarNode id={id} view={data} selected={selected} className={`fl-note--${data.color}`} />;
  return (
    <NodeFrame
      id={id}
      kind="note"
      label={data.label}
      selected={selected}
      className={`fl-note--${data.color}`}
    >
      <p className="fl-node__text fl-node__text--4">
        {data.text || <span className="fl-node__empty">Empty note</span>}
      </p>
    </NodeFrame>
  );
}

export const NoteNode = memo(NoteNodeBase);
