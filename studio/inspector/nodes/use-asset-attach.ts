import { useCallback } from "react";
import { type Asset, type NodeData, setNodeData } from "../../../core";
import { useInspectorEnv } from "../inspector-env";
import { attachAsset } from "../logic/attach-asset";
import { useCommand } from "../use-command";

/** Uses an uploaded file in a node's data, listing it among the scenario's assets in the same step. */
export function useAssetAttach(
  nodeId: string,
): (asset: Asset, data: () => NodeData) => string | null {
  const { doc, origin } = useInspectorEnv();
  const { check } = useCommand();
  return useCallback(
    (asset, data) =>
      check(() =>
        attachAsset(doc, asset, origin, () =>
          setNodeData(doc, { id: nodeId, data: data() }, origin),
        ),
      ),
    [doc, origin, nodeId, check],
  );
}
