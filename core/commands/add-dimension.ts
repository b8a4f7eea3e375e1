import type * as Y from "yjs";
import type { z } from "zod";
import type { DimensionSchema } from "../schema/scenario";
import { addDefinition, DIMENSIONS } from "./definition-lists";

export interface AddDimensionArgs {
  /** A missing id is generated. */
  dimension: Omit<z.input<typeof DimensionSchema>, "id"> & { id?: string };
  index?: number;
}

/** Adds a rubric dimension (at most 12). */
export function addDimension(
  doc: Y.Doc,
  args: AddDimensionArgs,
  origin?: unknown,
): { dimensionId: string } {
  return {
    dimensionId: addDefinition(
      doc,
      DIMENSIONS,
      "addDimension",
      { ...args.dimension },
      args.index,
      origin,
    ),
  };
}
