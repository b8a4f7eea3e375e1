import type * as Y from "yjs";
import { DIMENSIONS, requireDefinition } from "./definition-lists";
import { eachItemMap, eachNodeMap } from "./each-node-map";

export interface RemoveDimensionArgs {
  id: string;
}

/** Removes a rubric dimension and every option's points on it. */
export function removeDimension(doc: Y.Doc, args: RemoveDimensionArgs, origin?: unknown): void {
  requireDefinition(doc, DIMENSIONS, "removeDimension", args.id);
  doc.transact(() => {
    DIMENSIONS.list(doc, false)?.delete(args.id);
    for (const node of eachNodeMap(doc)) {
      if (node.kind !== "decision") continue;
      for (const option of eachItemMap(node.map, "options")) {
        const points = option.get("points") as Record<string, number> | undefined;
        if (!points || typeof points !== "object" || !(args.id in points)) continue;
        const { [args.id]: _removed, ...rest } = points;
        if (Object.keys(rest).length) option.set("points", rest);
        else option.delete("points");
      }
    }
  }, origin);
}
