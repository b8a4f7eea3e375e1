import type * as Y from "yjs";
import { reorderDefinitions, SKILLS } from "./definition-lists";

export function reorderSkills(
  doc: Y.Doc,
  args: { ids: readonly string[] },
  origin?: unknown,
): void {
  reorderDefinitions(doc, SKILLS, "reorderSkills", args.ids, origin);
}
