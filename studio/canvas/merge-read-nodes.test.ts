import { describe, expect, it } from "vitest";
import type { Position, ScenarioNode } from "../../core";
import { aScene } from "../../tests/factories/scenario";
import type { FlowNode } from "./flow-types";
import { mergeReadNodes } from "./merge-read-nodes";

const flow = (node: ScenarioNode): FlowNode =>
  ({ id: node.id, type: node.kind, position: node.position, data: { label: node.id } }) as FlowNode;

function merge(
  nodes: FlowNode[],
  read: ScenarioNode[],
  touched: string[],
  moved = new Map<string, Position | null>(),
) {
  return mergeReadNodes({
    nodes,
    nodeAt: new Map(nodes.map((n, i) => [n.id, i])),
    read: new Map(read.map((n) => [n.id, n])),
    touched,
    moved,
    // A node read again draws the same unless its position changed.
    rebuild: (existing, node) =>
      existing && existing.position.x === node.position.x ? existing : flow(node),
    withPosition: (node, position) => ({ ...node, position }),
  });
}

describe("mergeReadNodes", () => {
  const a = aScene({ id: "a", position: { x: 0, y: 0 } });
  const b = aScene({ id: "b", position: { x: 100, y: 0 } });
  const nodes = [flow(a), flow(b)];

  it("keeps the same array and objects when nothing visible changed", () => {
    const result = merge(nodes, [a], ["a"]);
    expect(result.nodes).toBe(nodes);
    expect(result.structural).toBe(false);
    expect(result.restyled.size).toBe(0);
  });

  it("replaces a changed node only, and says so", () => {
    const moved = { ...a, position: { x: 5, y: 0 } };
    const result = merge(nodes, [moved], ["a"]);
    expect(result.nodes).not.toBe(nodes);
    expect(result.nodes[0]!.position.x).toBe(5);
    expect(result.nodes[1]).toBe(nodes[1]);
    expect([...result.restyled]).toEqual(["a"]);
  });

  it("drops deleted nodes and adds new ones last", () => {
    const c = aScene({ id: "c" });
    const result = merge(nodes, [c], ["a", "c"]);
    expect(result.structural).toBe(true);
    expect(result.nodes.map((n) => n.id)).toEqual(["b", "c"]);
  });

  it("moves a node whose position alone changed, ignoring gone and unknown ones", () => {
    const moved = new Map<string, Position | null>([
      ["b", { x: 7, y: 8 }],
      ["a", null],
      ["zz", { x: 1, y: 1 }],
    ]);
    const result = merge(nodes, [], [], moved);
    expect(result.nodes[1]!.position).toEqual({ x: 7, y: 8 });
    expect(result.nodes[0]).toBe(nodes[0]);
    expect(result.structural).toBe(false);
  });
});
