import type * as Y from "yjs";
import type { z } from "zod";
import type { PersonaSchema } from "../schema/scenario";
import { PERSONAS, setDefinition } from "./definition-lists";

export interface SetPersonaArgs {
  id: string;
  data: Partial<Omit<z.input<typeof PersonaSchema>, "id">>;
}

export function setPersona(doc: Y.Doc, args: SetPersonaArgs, origin?: unknown): void {
  setDefinition(doc, PERSONAS, "setPersona", args.id, args.data, origin);
}
