import type * as Y from "yjs";
import { type Asset, addAsset, docMap } from "../../../core";

/**
 * Runs `write` (which uses an uploaded file) after listing the file among the
 * scenario's assets if it is not there yet, in one transaction, so one undo
 * takes both back. The asset goes first: if `write` is refused, an unused
 * asset is left listed, which is harmless, rather than a reference to a file
 * the scenario does not list.
 */
export function attachAsset(doc: Y.Doc, asset: Asset, origin: unknown, write: () => void): void {
  doc.transact(() => {
    if (!docMap(doc, "assets").has(asset.id)) addAsset(doc, { asset }, origin);
    write();
  }, origin);
}
