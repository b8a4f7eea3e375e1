import type * as Y from "yjs";
import type { z } from "zod";
import type { SkillSchema } from "../schema/scenario";
import { SKILLS, setDefinition } from "./definition-lists";

export interface SetSkillArgs {
  id: string;
  data: Partial<Omit<z.input<typeof SkillSchema>, "id">>;
}

export function setSkill(doc: Y.Doc, args: SetSkillArgs, origin?: unknown): void {
  setDefinition(doc, SKILLS, "setSkill", args.id, args.data, origin);
}
