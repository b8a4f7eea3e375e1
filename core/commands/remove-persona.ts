import type * as Y from "yjs";
import { docMap } from "../ydoc/layout";
import { PERSONAS, requireDefinition } from "./definition-lists";
import { eachNodeMap } from "./each-node-map";

export interface RemovePersonaArgs {
  id: string;
}

/** Removes a persona; scenes that showed it fall back to no persona. */
export function removePersona(doc: Y.Doc, args: RemovePersonaArgs, origin?: unknown): void {
  requireDefinition(doc, PERSONAS, "removePersona", args.id);
  doc.transact(() => {
    docMap(doc, "personas").delete(args.id);
    for (const node of eachNodeMap(doc)) {
      if (node.kind === "scene" && node.map.get("personaId") === args.id)
        node.map.set("personaId", null);
    }
  }, origin);
}
