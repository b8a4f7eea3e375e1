import type * as Y from "yjs";
import { docMap, type YMap } from "../ydoc/layout";
import { requireDefinition, SKILLS } from "./definition-lists";
import { eachItemMap, eachNodeMap, timerMap } from "./each-node-map";

export interface RemoveSkillArgs {
  id: string;
}

function dropFrom(map: YMap, key: string, id: string): void {
  const list = map.get(key);
  if (Array.isArray(list) && list.includes(id))
    map.set(
      key,
      list.filter((s) => s !== id),
    );
}

/** Removes a skill and takes it off every option and timer that practised or missed it. */
export function removeSkill(doc: Y.Doc, args: RemoveSkillArgs, origin?: unknown): void {
  requireDefinition(doc, SKILLS, "removeSkill", args.id);
  doc.transact(() => {
    docMap(doc, "skills").delete(args.id);
    for (const node of eachNodeMap(doc)) {
      if (node.kind !== "decision") continue;
      for (const option of eachItemMap(node.map, "options")) {
        dropFrom(option, "skillsPractised", args.id);
        dropFrom(option, "skillsMissed", args.id);
      }
      const timer = timerMap(node.map);
      if (timer) dropFrom(timer, "skillsMissed", args.id);
    }
  }, origin);
}
