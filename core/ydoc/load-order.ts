import type { Position } from "../schema/nodes";

/** The part of the canvas around the start node that the first view shows (flow units, at zoom 1). */
export const FIRST_VIEW = { left: 400, right: 2200, up: 900, down: 900 };

/**
 * Node ids in the order they should be read: first those the opening view
 * shows (around the start node), then outwards by distance, so what is on
 * screen is ready first and the rest fills in.
 */
export function loadOrder(
  ids: readonly string[],
  positions: ReadonlyMap<string, Position>,
  startNodeId: string | null,
): { first: string[]; rest: string[] } {
  const origin = (startNodeId && positions.get(startNodeId)) || leftmost(ids, positions);
  const first: string[] = [];
  const rest: { id: string; d: number }[] = [];
  for (const id of ids) {
    const p = positions.get(id);
    if (!p) {
      rest.push({ id, d: Number.POSITIVE_INFINITY });
      continue;
    }
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    if (
      dx >= -FIRST_VIEW.left &&
      dx <= FIRST_VIEW.right &&
      dy >= -FIRST_VIEW.up &&
      dy <= FIRST_VIEW.down
    ) {
      first.push(id);
    } else rest.push({ id, d: dx * dx + dy * dy });
  }
  rest.sort((a, b) => a.d - b.d);
  return { first, rest: rest.map((r) => r.id) };
}

function leftmost(ids: readonly string[], positions: ReadonlyMap<string, Position>): Position {
  let best: Position = { x: 0, y: 0 };
  let found = false;
  for (const id of ids) {
    const p = positions.get(id);
    if (p && (!found || p.x < best.x)) {
      best = p;
      found = true;
    }
  }
  return best;
}
