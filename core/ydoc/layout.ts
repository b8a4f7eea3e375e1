import type * as Y from "yjs";

/**
 * The shape of a scenario's Y.Doc. Studio, server and commands all code against
 * these names, so they are part of the public contract: renaming one is a
 * breaking change for every stored document.
 *
 * - `meta`, `settings`, `rubric`, `mood`: Y.Maps of the scenario's fields.
 *   `settings.retry`, `settings.difficulty`, `rubric.passing` are nested Y.Maps;
 *   `rubric.dimensions` is a keyed list (below). An empty `mood` map means no gauge.
 * - `variables` (key = variable name), `skills`, `personas`, `assets`, `nodes`,
 *   `edges` (key = id). The key is the id; it is not repeated inside the value.
 * - Keyed lists (variables, skills, dimensions, personas, assets, options,
 *   rules, context cards) are Y.Maps of Y.Maps, each item carrying a fractional
 *   `order` number: reordering rewrites one number instead of deleting and
 *   reinserting, so a concurrent edit to a moved item survives.
 * - Rich-text fields are Y.XmlFragments in y-prosemirror's encoding, edited in
 *   place by Tiptap's Collaboration extension.
 * - Edges are plain values `{ source, sourcePort, target }`.
 * - Node positions live apart from the nodes, in the `positions` Y.Array read as
 *   a y-utility YKeyValue (`{ key: nodeId, val: { x, y } }`, rightmost wins):
 *   a Y.Map key written on every drag would keep a tombstone per write.
 */
export const DOC_MAPS = {
  meta: "meta",
  settings: "settings",
  rubric: "rubric",
  mood: "mood",
  variables: "variables",
  skills: "skills",
  personas: "personas",
  assets: "assets",
  nodes: "nodes",
  edges: "edges",
} as const;

export const POSITIONS_ARRAY = "positions";

/** The key of the fractional sort number inside every keyed-list item. */
export const ORDER_KEY = "order";

/** Written into `meta` so a later build can tell which layout a stored document uses. */
export const LAYOUT_VERSION_KEY = "layoutVersion";
export const LAYOUT_VERSION = 1;

export type DocMapName = keyof typeof DOC_MAPS;

// biome-ignore lint/suspicious/noExplicitAny: Y.Map values are heterogeneous by design.
export type YMap = Y.Map<any>;

export interface EdgeValue {
  source: string;
  sourcePort: string;
  target: string;
}

export interface PositionEntry {
  key: string;
  val: { x: number; y: number };
}

export function docMap(doc: Y.Doc, name: DocMapName): YMap {
  return doc.getMap(DOC_MAPS[name]);
}

export function positionsArray(doc: Y.Doc): Y.Array<PositionEntry> {
  return doc.getArray<PositionEntry>(POSITIONS_ARRAY);
}

/**
 * Every shared type of a scenario document: the scope of a user's undo (see `localUndoManager`).
 */
export function undoScopeOf(doc: Y.Doc): Y.AbstractType<unknown>[] {
  return [
    ...Object.values(DOC_MAPS).map((name) => doc.getMap(name) as Y.AbstractType<unknown>),
    positionsArray(doc) as Y.AbstractType<unknown>,
  ];
}
