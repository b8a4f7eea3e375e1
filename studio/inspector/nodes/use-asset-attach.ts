import { useCallback } from "react";
import { type Asset, addAsset, docMap, type NodeData, setNodeData } from "../../../core";
import { useInspectorEnv } from "../inspector-env";
import { useCommand } from "../use-command";

/**
 * Uses an uploaded file on a node: lists it among the scenario's assets (once)
 * and writes the node's data, in one transaction so one undo takes both back.
 * The asset goes first: if the node's write is refused, an unused asset is
 * left listed, which is harmless, rather than a node pointing at a file the
 * scenario does not list.
 */
export function useAssetAttach(
  nodeId: string,
): (asset: Asset, data: () => NodeData) => string | null {
  const { doc, origin } = useInspectorEnv();
  const { check } = useCommand();
  return useCallback(
    (asset, data) =>
      check(() =>
        doc.transact(() => {
          if (!docMap(doc, "assets").has(asset.id)) addAsset(doc, { asset }, origin);
          setNodeData(doc, { id: nodeId, data: data() }, origin);
        }, origin),
      ),
    [doc, origin, nodeId, check],
  );
}
