import { describe, expect, it } from "vitest";
import { loadOrder } from "./load-order";

describe("loadOrder", () => {
  const positions = new Map([
    ["start", { x: 0, y: 0 }],
    ["near", { x: 300, y: 100 }],
    ["far", { x: 9000, y: 0 }],
    ["farther", { x: 20000, y: 0 }],
    ["behind", { x: -3000, y: 0 }],
  ]);
  const ids = ["farther", "far", "behind", "near", "start", "unplaced"];

  it("reads what the first view shows first, then the rest nearest first", () => {
    const { first, rest } = loadOrder(ids, positions, "start");
    expect(first.sort()).toEqual(["near", "start"]);
    expect(rest).toEqual(["behind", "far", "farther", "unplaced"]);
  });

  it("starts from the leftmost node when there is no start node", () => {
    const { first } = loadOrder(ids, positions, null);
    expect(first).toEqual(["behind"]);
  });
});
