import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { FlowNode } from "../flow-types";
import type { SceneView } from "../node-view";
import { FarNode } from "./far-node";
import { NodeFrame, SourcePort } from "./node-frame";
import { useFar } from "./use-far";

function SceneNodeBase({ id, data, selected }: NodeProps<FlowNode<SceneView>>) {
  const far = useFar();
  if (far) return <FarNode id={id} view={data} selected={selected} />;
  return (
    <NodeFrame id={id} kind="scene" label={data.label} selected={selected}>
      <p className="fl-node__text fl-node__text--3">
        {data.line ? (
          `“${data.line}”`
        ) : (
          <span className="fl-node__empty">No customer line yet</span>
        )}
      </p>
      <div className="fl-node__footer">
        <span className="fl-node__persona">{data.persona ?? "No persona"}</span>
        {data.cards > 0 && <span className="fl-chip">{data.cards} cards</span>}
        {data.media && <span className="fl-chip">{data.media}</span>}
        {data.mood && (
          <span className={`fl-chip fl-chip--${data.mood.tone}`}>
            mood {data.mood.delta > 0 ? `+${data.mood.delta}` : `−${Math.abs(data.mood.delta)}`}
          </span>
        )}
        <SourcePort id="next" label="next" />
      </div>
    </NodeFrame>
  );
}

export const SceneNode = memo(SceneNodeBase);
