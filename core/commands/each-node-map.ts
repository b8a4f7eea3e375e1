import * as Y from "yjs";
import { docMap, type YMap } from "../ydoc/layout";

/** Every node's Y.Map with its id and kind, for commands that fix references across the scenario. */
export function eachNodeMap(doc: Y.Doc): { id: string; kind: unknown; map: YMap }[] {
  const out: { id: string; kind: unknown; map: YMap }[] = [];
  docMap(doc, "nodes").forEach((map, id) => {
    if (map instanceof Y.Map) out.push({ id, kind: map.get("kind"), map });
  });
  return out;
}

/** The item maps of a node's keyed list (`options`, `rules`, `contextCards`). */
export function* eachItemMap(node: YMap, field: string): Generator<YMap> {
  const items = node.get(field);
  if (!(items instanceof Y.Map)) return;
  for (const item of items.values()) if (item instanceof Y.Map) yield item;
}

/** The decision's timer map, if it has one. */
export function timerMap(node: YMap): YMap | null {
  const timer = node.get("timer");
  return timer instanceof Y.Map ? timer : null;
}
