import type * as Y from "yjs";
import type { z } from "zod";
import type { DimensionSchema } from "../schema/scenario";
import { DIMENSIONS, setDefinition } from "./definition-lists";

export interface SetDimensionArgs {
  id: string;
  data: Partial<Omit<z.input<typeof DimensionSchema>, "id">>;
}

export function setDimension(doc: Y.Doc, args: SetDimensionArgs, origin?: unknown): void {
  setDefinition(doc, DIMENSIONS, "setDimension", args.id, args.data, origin);
}
