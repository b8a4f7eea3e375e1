import type * as Y from "yjs";
import type { z } from "zod";
import type { VariableSchema } from "../schema/variables";
import { docMap } from "../ydoc/layout";
import { CommandError } from "./command-error";
import { setDefinition, VARIABLES } from "./definition-lists";

type VariableInput = z.input<typeof VariableSchema>;

export interface SetVariableArgs {
  name: string;
  /** Description, type, initial value, range. Changing the type needs a matching initial value. Rename with renameVariable. */
  data: Partial<{ [K in keyof VariableInput]: VariableInput[K] }> & Record<string, unknown>;
}

export function setVariable(doc: Y.Doc, args: SetVariableArgs, origin?: unknown): void {
  setDefinition(doc, VARIABLES, "setVariable", args.name, args.data, origin, (next) => {
    if (next.type !== "number" && docMap(doc, "mood").get("variable") === args.name) {
      throw new CommandError(
        "setVariable",
        `"${args.name}" drives the mood gauge, so it must stay a number`,
      );
    }
  });
}
