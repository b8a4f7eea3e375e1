import type * as Y from "yjs";
import type { z } from "zod";
import type { PersonaSchema } from "../schema/scenario";
import { addDefinition, PERSONAS } from "./definition-lists";

export interface AddPersonaArgs {
  /** A missing id is generated. */
  persona: Omit<z.input<typeof PersonaSchema>, "id"> & { id?: string };
  index?: number;
}

export function addPersona(
  doc: Y.Doc,
  args: AddPersonaArgs,
  origin?: unknown,
): { personaId: string } {
  return {
    personaId: addDefinition(doc, PERSONAS, "addPersona", { ...args.persona }, args.index, origin),
  };
}
