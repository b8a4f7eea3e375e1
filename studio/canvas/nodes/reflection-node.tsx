import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { FlowNode } from "../flow-types";
import type { ReflectionView } from "../node-view";
import { FarNode } from "./far-node";
import { NodeFrame, SourcePort } from "./node-frame";
import { useFar } from "./use-far";

const PHASE = { pre: "Before the run", mid: "During the run", post: "After the run" } as const;
const KIND = { confidence: "Confidence 1–5", likert: "Likert scale", text: "Free text" } as const;

function ReflectionNodeBase({ id, data, selected }: NodeProps<FlowNode<ReflectionView>>) {
  const far = useFar();
  if (far) return <FarNode id={id} view={data} selected={selected} />;
  return (
    <NodeFrame id={id} kind="reflection" label={data.label} selected={selected}>
      <p className="fl-node__text fl-node__text--2">
        {data.prompt || <span className="fl-node__empty">No prompt yet</span>}
      </p>
      <div className="fl-node__footer">
        <span className="fl-chip">{PHASE[data.phase]}</span>
        <span className="fl-chip">{KIND[data.reflectionKind]}</span>
        <SourcePort id="next" label="next" />
      </div>
    </NodeFrame>
  );
}

export const ReflectionNode = memo(ReflectionNodeBase);
