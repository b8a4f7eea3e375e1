import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { FlowNode } from "../flow-types";
import type { EndingView } from "../node-view";
import { FarNode } from "./far-node";
import { NodeFrame } from "./node-frame";
import { useFar } from "./use-far";

const OUTCOME = { success: "Success", partial: "Partial", failure: "Failure" } as const;

function EndingNodeBase({ id, data, selected }: NodeProps<FlowNode<EndingView>>) {
  const far = useFar();
  if (far)
    return (
      <FarNode
        id={id}
        view={data}
        selected={selected}
        className={`fl-node--outcome-${data.outcome}`}
      />
    );
  return (
    <NodeFrame
      id={id}
      kind="ending"
      label={data.label}
      selected={selected}
      className={`fl-node--outcome-${data.outcome}`}
      badge={
        <span className={`fl-outcome fl-outcome--${data.outcome}`}>{OUTCOME[data.outcome]}</span>
      }
    >
      <p className="fl-node__title">{data.title}</p>
      <p className="fl-node__text fl-node__text--2">
        {data.debrief || <span className="fl-node__empty">No debrief yet</span>}
      </p>
    </NodeFrame>
  );
}

export const EndingNode = memo(EndingNodeBase);
