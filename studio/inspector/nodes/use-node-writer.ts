import { useMemo } from "react";
import { type NodeData, type SetOptionArgs, setNodeData, setOption } from "../../../core";
import { useInspectorEnv } from "../inspector-env";
import { useCommand } from "../use-command";

export interface NodeWriter {
  /** setNodeData on this node; returns why it was refused, or null. */
  set: (data: NodeData) => string | null;
  /** Like `set`, for buttons: a refusal becomes a toast. */
  press: (data: NodeData) => boolean;
  setOption: (optionId: string, data: SetOptionArgs["data"]) => string | null;
}

export function useNodeWriter(nodeId: string): NodeWriter {
  const { doc, origin } = useInspectorEnv();
  const { check, act } = useCommand();
  return useMemo(
    () => ({
      set: (data) => check(() => setNodeData(doc, { id: nodeId, data }, origin)),
      press: (data) => act(() => setNodeData(doc, { id: nodeId, data }, origin)),
      setOption: (optionId, data) =>
        check(() => setOption(doc, { nodeId, optionId, data }, origin)),
    }),
    [doc, origin, nodeId, check, act],
  );
}
