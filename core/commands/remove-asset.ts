import type * as Y from "yjs";
import { docMap } from "../ydoc/layout";
import { ASSETS, requireDefinition } from "./definition-lists";

/** Forgets an asset. Media still pointing at it are left for analysis to report. */
export function removeAsset(doc: Y.Doc, args: { id: string }, origin?: unknown): void {
  requireDefinition(doc, ASSETS, "removeAsset", args.id);
  doc.transact(() => docMap(doc, "assets").delete(args.id), origin);
}
