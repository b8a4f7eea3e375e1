import * as Y from "yjs";
import { docMap, ORDER_KEY } from "../../../core";

export type OrderedList = "variables" | "skills" | "personas" | "dimensions";

function listMap(doc: Y.Doc, list: OrderedList): Y.Map<unknown> | null {
  if (list === "dimensions") {
    const dimensions = docMap(doc, "rubric").get("dimensions");
    return dimensions instanceof Y.Map ? dimensions : null;
  }
  return docMap(doc, list);
}

function orderOf(item: unknown): number {
  const order = item instanceof Y.Map ? item.get(ORDER_KEY) : undefined;
  return typeof order === "number" && Number.isFinite(order) ? order : Number.MAX_VALUE;
}

/**
 * The ids of a scenario-level list in the order the document holds now (by the
 * items' `order`, ties by id, as core reads them). Reorders start from this
 * rather than from the settled scenario, so two quick moves make two steps.
 */
export function freshOrder(doc: Y.Doc, list: OrderedList): string[] {
  const map = listMap(doc, list);
  if (!map) return [];
  const entries = [...map.entries()]
    .filter(([, item]) => item instanceof Y.Map)
    .map(([id, item]) => ({ id, order: orderOf(item) }));
  entries.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return entries.map((e) => e.id);
}

/** The fresh order with `id` moved one step up (-1) or down (1), or null when it cannot move. */
export function stepInOrder(ids: readonly string[], id: string, step: -1 | 1): string[] | null {
  const from = ids.indexOf(id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const next = [...ids];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}
