import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { FlowNode } from "../flow-types";
import type { ConditionView } from "../node-view";
import { FarNode } from "./far-node";
import { NodeFrame, SourcePort } from "./node-frame";
import { useFar } from "./use-far";

function ConditionNodeBase({ id, data, selected }: NodeProps<FlowNode<ConditionView>>) {
  const far = useFar();
  if (far) return <FarNode id={id} view={data} selected={selected} />;
  return (
    <NodeFrame id={id} kind="condition" label={data.label} selected={selected}>
      <ul className="fl-rows">
        {data.rules.map((rule, i) => (
          <li key={rule.id} className="fl-row">
            <span className="fl-row__index">{i + 1}</span>
            <span className="fl-row__text">If {rule.text}</span>
            <SourcePort id={rule.id} label={rule.text} />
          </li>
        ))}
        <li className="fl-row fl-row--else">
          <span className="fl-row__text">Otherwise</span>
          <SourcePort id="else" label="else" />
        </li>
      </ul>
    </NodeFrame>
  );
}

export const ConditionNode = memo(ConditionNodeBase);
