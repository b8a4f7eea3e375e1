import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planOrders } from "./keyed-order";

function apply(current: Map<string, number>, ids: string[]): Map<string, number> {
  const next = new Map([...current].filter(([id]) => ids.includes(id)));
  for (const [id, order] of planOrders(ids, next)) next.set(id, order);
  return next;
}

function sorted(orders: Map<string, number>): string[] {
  return [...orders].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
}

describe("planOrders", () => {
  it("numbers a fresh list 0, 1, 2", () => {
    expect(planOrders(["a", "b", "c"], new Map())).toEqual(
      new Map([
        ["a", 0],
        ["b", 1],
        ["c", 2],
      ]),
    );
  });

  it("rewrites only the item that moved", () => {
    const current = new Map([
      ["a", 0],
      ["b", 1],
      ["c", 2],
    ]);
    expect(planOrders(["c", "a", "b"], current)).toEqual(new Map([["c", -1]]));
    const swap = planOrders(["a", "c", "b"], current);
    expect(swap.size).toBe(1);
    expect(sorted(new Map([...current, ...swap]))).toEqual(["a", "c", "b"]);
    expect(planOrders(["a", "x", "b", "c"], current)).toEqual(new Map([["x", 0.5]]));
    expect(planOrders(["a", "b", "c"], current)).toEqual(new Map());
  });

  it("renumbers everything once doubles run out between two neighbours", () => {
    let orders = new Map([
      ["a", 0],
      ["z", 1],
    ]);
    const ids = ["a", "z"];
    for (let i = 0; i < 80; i++) {
      ids.splice(1, 0, `n${i}`);
      orders = apply(orders, ids);
      expect(sorted(orders)).toEqual(ids);
    }
  });

  it("always yields the requested order (property)", () => {
    const list = fc.uniqueArray(fc.constantFrom(..."abcdefghij"), { maxLength: 10 });
    fc.assert(
      fc.property(list, list, (before, after) => {
        const start = apply(new Map(), before);
        expect(sorted(apply(start, after))).toEqual(after);
      }),
    );
  });
});
