import type * as Y from "yjs";
import type { Asset } from "../schema/scenario";
import { ASSETS, addDefinition } from "./definition-lists";

/** Records an uploaded asset (id = its content hash). Adding the same content twice is refused. */
export function addAsset(
  doc: Y.Doc,
  args: { asset: Asset },
  origin?: unknown,
): { assetId: string } {
  return { assetId: addDefinition(doc, ASSETS, "addAsset", { ...args.asset }, undefined, origin) };
}
