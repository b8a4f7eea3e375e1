import type * as Y from "yjs";
import type { z } from "zod";
import type { VariableSchema } from "../schema/variables";
import { addDefinition, VARIABLES } from "./definition-lists";

export interface AddVariableArgs {
  variable: z.input<typeof VariableSchema>;
  index?: number;
}

/** Adds a variable; its name must be free. */
export function addVariable(doc: Y.Doc, args: AddVariableArgs, origin?: unknown): { name: string } {
  return {
    name: addDefinition(doc, VARIABLES, "addVariable", { ...args.variable }, args.index, origin),
  };
}
