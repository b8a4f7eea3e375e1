import type * as Y from "yjs";
import type { z } from "zod";
import type { SkillSchema } from "../schema/scenario";
import { addDefinition, SKILLS } from "./definition-lists";

export interface AddSkillArgs {
  /** A missing id is generated. */
  skill: Omit<z.input<typeof SkillSchema>, "id"> & { id?: string };
  index?: number;
}

export function addSkill(doc: Y.Doc, args: AddSkillArgs, origin?: unknown): { skillId: string } {
  return { skillId: addDefinition(doc, SKILLS, "addSkill", { ...args.skill }, args.index, origin) };
}
