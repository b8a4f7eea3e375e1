import * as Y from "yjs";
import type { z } from "zod";
import { IdSchema } from "../schema/ids";
import { ConditionRuleSchema, ELSE_PORT, OptionSchema, TIMEOUT_PORT } from "../schema/nodes";
import { emptyRichText } from "../schema/rich-text";
import { type EntitySpec, OPTION_SPEC, RULE_SPEC } from "../ydoc/entities/entity-specs";
import { updateEntityField } from "../ydoc/entities/write-entity";
import { docMap, type YMap } from "../ydoc/layout";
import { CommandError } from "./command-error";
import { createId } from "./create-id";
import { insertKeyedItem, isPermutationOf, reorderKeyedItems } from "./keyed-item-edits";
import { listEdges } from "./node-edges";
import { requireNode } from "./require-node";
import { checkPatchKeys, validateArgs } from "./validate-args";

/**
 * Options of a decision and rules of a condition behave alike: a keyed list
 * inside the node whose items are also ports. This describes each so the
 * add/remove/set/reorder commands share one implementation.
 */
interface ItemList {
  name: "option" | "rule";
  kind: "decision" | "condition";
  field: "options" | "rules";
  spec: EntitySpec;
  schema: z.ZodType<Record<string, unknown>>;
  max: number;
  reserved: string;
  /** Option ids must be unique in the whole scenario; rule ids only within their node. */
  scenarioWide: boolean;
  defaults: () => Record<string, unknown>;
}

export const OPTION_LIST: ItemList = {
  name: "option",
  kind: "decision",
  field: "options",
  spec: OPTION_SPEC,
  schema: OptionSchema as unknown as z.ZodType<Record<string, unknown>>,
  max: 12,
  reserved: TIMEOUT_PORT,
  scenarioWide: true,
  defaults: () => ({ text: "New option", quality: "mixed", feedback: emptyRichText() }),
};

export const RULE_LIST: ItemList = {
  name: "rule",
  kind: "condition",
  field: "rules",
  spec: RULE_SPEC,
  schema: ConditionRuleSchema as unknown as z.ZodType<Record<string, unknown>>,
  max: 20,
  reserved: ELSE_PORT,
  scenarioWide: false,
  defaults: () => ({ label: "", when: { combine: "all", clauses: [] } }),
};

function itemsMap(node: YMap, list: ItemList): YMap | null {
  const items = node.get(list.field);
  return items instanceof Y.Map ? items : null;
}

function usedAnywhere(doc: Y.Doc, list: ItemList, id: string): boolean {
  let used = false;
  docMap(doc, "nodes").forEach((node) => {
    if (!used && node instanceof Y.Map && itemsMap(node, list)?.has(id)) used = true;
  });
  return used;
}

function requireItem(doc: Y.Doc, list: ItemList, command: string, nodeId: string, itemId: string) {
  const { map, node } = requireNode(doc, command, nodeId, [list.kind]);
  const items = (node as unknown as Record<string, { id: string }[]>)[list.field]!;
  const item = items.find((i) => i.id === itemId);
  const ymap = itemsMap(map, list)?.get(itemId);
  if (!item || !(ymap instanceof Y.Map)) {
    throw new CommandError(command, `node "${nodeId}" has no ${list.name} "${itemId}"`);
  }
  return { map, node, item: item as Record<string, unknown>, ymap: ymap as YMap };
}

export function addListItem(
  doc: Y.Doc,
  list: ItemList,
  command: string,
  args: { nodeId: string; index?: number; item?: Record<string, unknown> },
  origin: unknown,
): string {
  const { map, node } = requireNode(doc, command, args.nodeId, [list.kind]);
  const count = (node as unknown as Record<string, unknown[]>)[list.field]!.length;
  if (count >= list.max)
    throw new CommandError(command, `a ${list.kind} has at most ${list.max} ${list.field}`);
  const taken = (id: string) =>
    id === list.reserved ||
    (list.scenarioWide ? usedAnywhere(doc, list, id) : (itemsMap(map, list)?.has(id) ?? false));
  let id: string;
  if (args.item?.id !== undefined) {
    id = validateArgs(command, IdSchema, args.item.id, `${list.name} id`);
    if (taken(id)) throw new CommandError(command, `${list.name} id "${id}" is already in use`);
  } else id = createId(list.name === "option" ? "opt" : "rule", taken);
  const item = validateArgs(
    command,
    list.schema,
    { ...list.defaults(), ...args.item, id },
    list.name,
  );
  doc.transact(() => {
    let items = itemsMap(map, list);
    if (!items) {
      items = new Y.Map();
      map.set(list.field, items);
    }
    insertKeyedItem(items, list.spec, id, item, args.index);
  }, origin);
  return id;
}

export function removeListItem(
  doc: Y.Doc,
  list: ItemList,
  command: string,
  args: { nodeId: string; itemId: string },
  origin: unknown,
): string[] {
  const { map } = requireItem(doc, list, command, args.nodeId, args.itemId);
  const edges = listEdges(doc).filter(
    (e) => e.source === args.nodeId && e.sourcePort === args.itemId,
  );
  doc.transact(() => {
    itemsMap(map, list)?.delete(args.itemId);
    const edgesMap = docMap(doc, "edges");
    for (const e of edges) edgesMap.delete(e.id);
  }, origin);
  return edges.map((e) => e.id);
}

export function setListItem(
  doc: Y.Doc,
  list: ItemList,
  command: string,
  args: { nodeId: string; itemId: string; data: Record<string, unknown> },
  origin: unknown,
): void {
  const { item, ymap } = requireItem(doc, list, command, args.nodeId, args.itemId);
  if (!args.data || typeof args.data !== "object")
    throw new CommandError(command, "data must be an object");
  const shape = Object.keys((list.schema as unknown as z.ZodObject).shape).filter(
    (k) => k !== "id",
  );
  checkPatchKeys(command, args.data, shape, `a ${list.name}`);
  const next = validateArgs(command, list.schema, { ...item, ...args.data }, list.name);
  doc.transact(() => {
    for (const key of Object.keys(args.data)) updateEntityField(ymap, list.spec, key, next[key]);
  }, origin);
}

export function reorderListItems(
  doc: Y.Doc,
  list: ItemList,
  command: string,
  args: { nodeId: string; ids: readonly string[] },
  origin: unknown,
): void {
  const { map } = requireNode(doc, command, args.nodeId, [list.kind]);
  const items = itemsMap(map, list);
  if (!items || !Array.isArray(args.ids) || !isPermutationOf(items, args.ids)) {
    throw new CommandError(
      command,
      `give every ${list.name} id of node "${args.nodeId}" exactly once`,
    );
  }
  doc.transact(() => reorderKeyedItems(items, args.ids), origin);
}
