import * as Y from "yjs";
import { ORDER_KEY, type YMap } from "../layout";

/** A missing or broken `order` sorts last rather than poisoning the sort with NaN. */
export function orderOf(item: unknown): number {
  const order = item instanceof Y.Map ? item.get(ORDER_KEY) : undefined;
  return typeof order === "number" && Number.isFinite(order) ? order : Number.MAX_VALUE;
}

function before(a: { id: string; order: number }, b: { id: string; order: number }): boolean {
  return a.order < b.order || (a.order === b.order && a.id < b.id);
}

/** The items of a keyed list in display order: by `order`, ties broken by id so every peer agrees. */
export function sortedEntries(list: YMap): [string, YMap][] {
  const entries: { id: string; order: number; item: YMap }[] = [];
  list.forEach((item, id) => {
    if (item instanceof Y.Map) entries.push({ id, order: orderOf(item), item });
  });
  entries.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  return entries.map((e) => [e.id, e.item]);
}

/** Indices of a longest run of `orders` that is already increasing: those items keep their number. */
function longestIncreasing(seq: ({ id: string; order: number } | null)[]): Set<number> {
  const n = seq.length;
  const length = new Array<number>(n).fill(0);
  const prev = new Array<number>(n).fill(-1);
  let best = -1;
  for (let i = 0; i < n; i++) {
    const si = seq[i];
    if (!si) continue;
    length[i] = 1;
    for (let j = 0; j < i; j++) {
      const sj = seq[j];
      if (sj && before(sj, si) && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        prev[i] = j;
      }
    }
    if (best < 0 || length[i]! > length[best]!) best = i;
  }
  const kept = new Set<number>();
  for (let i = best; i >= 0; i = prev[i]!) kept.add(i);
  return kept;
}

/**
 * New `order` numbers that make `ids` appear in that sequence, rewriting as few
 * items as possible: the longest already-sorted subsequence keeps its numbers
 * and the others get numbers between their kept neighbours. Returns only the
 * ids whose number must be written (new ids included).
 */
export function planOrders(
  ids: readonly string[],
  current: ReadonlyMap<string, number>,
): Map<string, number> {
  const seq = ids.map((id) => {
    const order = current.get(id);
    return order === undefined || order === Number.MAX_VALUE ? null : { id, order };
  });
  const kept = longestIncreasing(seq);
  const out = new Map<string, number>();
  let i = 0;
  while (i < ids.length) {
    if (kept.has(i)) {
      i++;
      continue;
    }
    let end = i;
    while (end < ids.length && !kept.has(end)) end++;
    const lo = i > 0 ? seq[i - 1]!.order : null;
    const hi = end < ids.length ? seq[end]!.order : null;
    const k = end - i;
    for (let j = 0; j < k; j++) {
      let value: number;
      if (lo === null && hi === null) value = j;
      else if (lo === null) value = hi! - (k - j);
      else if (hi === null) value = lo + 1 + j;
      else value = lo + ((hi - lo) * (j + 1)) / (k + 1);
      out.set(ids[i + j]!, value);
    }
    if (lo !== null && hi !== null) {
      const values = ids.slice(i, end).map((id) => out.get(id)!);
      const squeezed = values.some((v, j) => v <= (j === 0 ? lo : values[j - 1]!) || v >= hi);
      // Repeated halving between the same neighbours runs out of doubles: renumber everything.
      if (squeezed) return new Map(ids.map((id, index) => [id, index]));
    }
    i = end;
  }
  return out;
}
