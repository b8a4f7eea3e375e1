import { YKeyValue } from "y-utility/y-keyvalue";
import type * as Y from "yjs";
import type { Position } from "../schema/nodes";
import { type PositionEntry, positionsArray } from "./layout";

/**
 * Node positions live in one Y.Array of `{ key, val }` entries read the way
 * y-utility's YKeyValue reads them (the rightmost entry for a key wins). Moving
 * a node deletes its entry and appends a new one: deleted runs collapse into a
 * few bytes of delete set, whereas a Y.Map keeps one tombstone item per write.
 */

export interface PositionSource {
  get(id: string): Position | undefined;
}

/** Current positions, read without side effects (YKeyValue's constructor may write). */
export function readPositions(doc: Y.Doc): Map<string, Position> {
  const out = new Map<string, Position>();
  for (const entry of positionsArray(doc).toArray()) {
    if (entry && typeof entry.key === "string") out.set(entry.key, entry.val);
  }
  return out;
}

/**
 * Position lookup for a few nodes: the live store when one exists (no scan),
 * else one scan of the array (from the end for a single id, since the
 * rightmost entry wins and recent moves sit at the end).
 */
export function positionLookup(doc: Y.Doc, count: number): PositionSource {
  // The store catches up in observers, after a transaction: inside one it may lag behind.
  const store = doc._transaction === null ? stores.get(positionsArray(doc)) : undefined;
  if (store) return store;
  if (count !== 1) return readPositions(doc);
  return {
    get(id: string) {
      const entries = positionsArray(doc).toArray();
      for (let i = entries.length - 1; i >= 0; i--)
        if (entries[i]?.key === id) return entries[i]!.val;
      return undefined;
    },
  };
}

function deleteEntries(array: Y.Array<PositionEntry>, keys: ReadonlySet<string>): void {
  const entries = array.toArray();
  // From the end, in runs, so indices stay valid and neighbouring entries go in one delete.
  let i = entries.length - 1;
  while (i >= 0) {
    if (!keys.has(entries[i]?.key as string)) {
      i--;
      continue;
    }
    let start = i;
    while (start > 0 && keys.has(entries[start - 1]?.key as string)) start--;
    array.delete(start, i - start + 1);
    i = start - 1;
  }
}

/** Writes many positions in one pass over the array; call inside a transaction. */
export function writePositions(doc: Y.Doc, positions: ReadonlyMap<string, Position>): void {
  if (positions.size === 0) return;
  const array = positionsArray(doc);
  deleteEntries(array, new Set(positions.keys()));
  array.push([...positions].map(([key, p]) => ({ key, val: { x: p.x, y: p.y } })));
}

/** Drops the positions of deleted nodes; call inside a transaction. */
export function deletePositions(doc: Y.Doc, ids: Iterable<string>): void {
  const keys = new Set(ids);
  if (keys.size > 0) deleteEntries(positionsArray(doc), keys);
}

const stores = /* @__PURE__ */ new WeakMap<Y.Array<PositionEntry>, YKeyValue<Position>>();

/**
 * A live y-utility YKeyValue over the positions, one per document, for views
 * that want `change` events per node. It also cleans up duplicate entries left
 * by concurrent moves of the same node.
 */
export function observePositions(doc: Y.Doc): YKeyValue<Position> {
  const array = positionsArray(doc);
  let store = stores.get(array);
  if (!store) {
    store = new YKeyValue<Position>(array);
    stores.set(array, store);
  }
  return store;
}
