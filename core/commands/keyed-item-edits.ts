import * as Y from "yjs";
import type { EntitySpec } from "../ydoc/entities/entity-specs";
import { orderOf, planOrders, sortedEntries } from "../ydoc/entities/keyed-order";
import { createEntity } from "../ydoc/entities/write-entity";
import { ORDER_KEY, type YMap } from "../ydoc/layout";

/** Ids of a keyed list in display order. */
export function keyedIds(list: YMap): string[] {
  return sortedEntries(list).map(([id]) => id);
}

function applyOrders(list: YMap, ids: readonly string[], skip?: string): Map<string, number> {
  const current = new Map<string, number>();
  for (const [id, item] of list.entries())
    if (item instanceof Y.Map) current.set(id, orderOf(item));
  const orders = planOrders(ids, current);
  for (const [id, order] of orders) {
    if (id === skip) continue;
    const item = list.get(id);
    if (item instanceof Y.Map) item.set(ORDER_KEY, order);
  }
  return orders;
}

/** Adds an item at `index` (default: last), renumbering neighbours only if doubles run out. Inside a transaction. */
export function insertKeyedItem(
  list: YMap,
  spec: EntitySpec,
  id: string,
  item: Record<string, unknown>,
  index?: number,
): void {
  const ids = keyedIds(list);
  const at =
    index === undefined ? ids.length : Math.max(0, Math.min(ids.length, Math.trunc(index)));
  ids.splice(at, 0, id);
  const orders = applyOrders(list, ids, id);
  list.set(id, createEntity(spec, item, orders.get(id) ?? at));
}

/** Puts a keyed list in the given order by rewriting only the `order` of items that moved. Inside a transaction. */
export function reorderKeyedItems(list: YMap, ids: readonly string[]): void {
  applyOrders(list, ids);
}

/** True when `ids` lists exactly the items of `list`, each once. */
export function isPermutationOf(list: YMap, ids: readonly string[]): boolean {
  const current = keyedIds(list);
  if (current.length !== ids.length || new Set(ids).size !== ids.length) return false;
  const set = new Set(current);
  return ids.every((id) => set.has(id));
}
