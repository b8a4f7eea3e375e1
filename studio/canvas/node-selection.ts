import type { FlowNode } from "./flow-types";

/** `nodes` with exactly `wanted` selected: the same array when that is already so. */
export function withSelection(nodes: FlowNode[], wanted: ReadonlySet<string>): FlowNode[] {
  let changed = false;
  const next = nodes.map((node) => {
    const selected = wanted.has(node.id);
    if (!!node.selected === selected) return node;
    changed = true;
    return { ...node, selected };
  });
  return changed ? next : nodes;
}

/** Selected node ids joined by NUL: a cheap, comparable snapshot for subscribers. */
export function selectionKeyOf(nodes: readonly FlowNode[]): string {
  return nodes
    .filter((n) => n.selected)
    .map((n) => n.id)
    .join("\u0000");
}
