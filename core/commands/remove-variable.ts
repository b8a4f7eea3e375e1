import type * as Y from "yjs";
import { docMap } from "../ydoc/layout";
import { requireDefinition, VARIABLES } from "./definition-lists";

export interface RemoveVariableArgs {
  name: string;
}

/**
 * Removes a variable. Conditions and effects that use it stay (analysis flags
 * them, so the designer sees what to fix), but a mood gauge on it is removed:
 * a gauge without its variable cannot show anything.
 */
export function removeVariable(
  doc: Y.Doc,
  args: RemoveVariableArgs,
  origin?: unknown,
): { moodCleared: boolean } {
  requireDefinition(doc, VARIABLES, "removeVariable", args.name);
  const mood = docMap(doc, "mood");
  const moodCleared = mood.get("variable") === args.name;
  doc.transact(() => {
    docMap(doc, "variables").delete(args.name);
    if (moodCleared) for (const key of [...mood.keys()]) mood.delete(key);
  }, origin);
  return { moodCleared };
}
