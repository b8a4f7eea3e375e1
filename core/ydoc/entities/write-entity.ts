import * as Y from "yjs";
import type { RichText } from "../../schema/rich-text";
import { ORDER_KEY, type YMap } from "../layout";
import { normalizeRichText } from "../rich-text/normalize-rich-text";
import { richTextToYXmlFragment } from "../rich-text/rich-text-to-y-xml";
import { yXmlFragmentToRichText } from "../rich-text/y-xml-to-rich-text";
import { deepEqual } from "./deep-equal";
import { codecOf, type EntitySpec, type FieldCodec } from "./entity-specs";
import { planOrders } from "./keyed-order";

type Obj = Record<string, unknown>;

function idOf(spec: EntitySpec, item: Obj): string {
  return String(item[spec.idField ?? "id"]);
}

function skipped(spec: EntitySpec, key: string): boolean {
  return key === spec.idField || key === ORDER_KEY || (spec.external?.includes(key) ?? false);
}

function isDefault(spec: EntitySpec, key: string, value: unknown): boolean {
  return key in spec.defaults && deepEqual(spec.defaults[key], value);
}

/** A new shared value (or plain value) for a field, not yet in any document. */
export function createField(codec: FieldCodec, value: unknown): unknown {
  if (value === null && (codec.kind === "richText" || codec.kind === "entity") && codec.nullable) {
    return null;
  }
  switch (codec.kind) {
    case "plain":
      return value;
    case "richText":
      return richTextToYXmlFragment(value as RichText);
    case "record": {
      const map: YMap = new Y.Map();
      for (const [k, v] of Object.entries(value as Obj)) {
        if (v !== undefined) map.set(k, createField(codec.values, v));
      }
      return map;
    }
    case "list": {
      const map: YMap = new Y.Map();
      (value as Obj[]).forEach((item, index) => {
        map.set(idOf(codec.item, item), createEntity(codec.item, item, index));
      });
      return map;
    }
    case "entity":
      return createEntity(codec.spec, value as Obj);
  }
}

/** A new Y.Map holding an entity's fields (without its id, which is its key). */
export function createEntity(spec: EntitySpec, value: Obj, order?: number): YMap {
  const map: YMap = new Y.Map();
  fillEntity(map, spec, value);
  if (order !== undefined) map.set(ORDER_KEY, order);
  return map;
}

/** Writes the fields of `value` that differ from their defaults into `map`. */
export function fillEntity(map: YMap, spec: EntitySpec, value: Obj): void {
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || skipped(spec, key) || isDefault(spec, key, v)) continue;
    map.set(key, createField(codecOf(spec, key), v));
  }
}

/**
 * Brings one field up to `value`, writing only what differs: an unchanged
 * field is not touched (no tombstone, no conflict with a peer), rich text is
 * rewritten inside its existing fragment, nested maps and lists are updated
 * key by key.
 */
export function updateField(parent: YMap, key: string, codec: FieldCodec, value: unknown): void {
  const current = parent.get(key);
  if (value === null && (codec.kind === "richText" || codec.kind === "entity") && codec.nullable) {
    if (current !== null) parent.set(key, null);
    return;
  }
  switch (codec.kind) {
    case "plain":
      if (!parent.has(key) || !deepEqual(current, value)) parent.set(key, value);
      return;
    case "richText":
      if (current instanceof Y.XmlFragment) {
        const next = normalizeRichText(value as RichText);
        if (!deepEqual(yXmlFragmentToRichText(current), next))
          richTextToYXmlFragment(next, current);
      } else parent.set(key, createField(codec, value));
      return;
    case "record":
      if (current instanceof Y.Map) {
        const next = value as Obj;
        for (const k of [...current.keys()]) if (!(k in next)) current.delete(k);
        for (const [k, v] of Object.entries(next)) {
          if (v !== undefined) updateField(current, k, codec.values, v);
        }
      } else parent.set(key, createField(codec, value));
      return;
    case "list":
      if (current instanceof Y.Map) reconcileList(current, codec.item, value as Obj[]);
      else parent.set(key, createField(codec, value));
      return;
    case "entity":
      if (current instanceof Y.Map) updateEntity(current, codec.spec, value as Obj, true);
      else parent.set(key, createField(codec, value));
      return;
  }
}

/** Updates the given fields of an entity; with `removeMissing`, fields absent from `value` are deleted. */
export function updateEntity(
  map: YMap,
  spec: EntitySpec,
  value: Obj,
  removeMissing: boolean,
): void {
  if (removeMissing) {
    for (const key of [...map.keys()]) {
      if (!skipped(spec, key) && value[key] === undefined) map.delete(key);
    }
  }
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || skipped(spec, key)) continue;
    updateEntityField(map, spec, key, v);
  }
}

/**
 * Sets one field of an entity. A plain field going back to its default is
 * deleted rather than stored; shared types stay (a peer may be editing inside).
 */
export function updateEntityField(map: YMap, spec: EntitySpec, key: string, value: unknown): void {
  const codec = codecOf(spec, key);
  if (isDefault(spec, key, value)) {
    if (!map.has(key)) return;
    if (codec.kind === "plain") {
      map.delete(key);
      return;
    }
  }
  updateField(map, key, codec, value);
}

/**
 * Makes a keyed list hold exactly `items`, in that order: removed ids are
 * deleted, kept ids are updated in place, and only items that actually moved
 * get a new `order` number.
 */
export function reconcileList(list: YMap, spec: EntitySpec, items: readonly Obj[]): void {
  const wanted = new Set(items.map((item) => idOf(spec, item)));
  const current = new Map<string, number>();
  for (const [id, entry] of [...list.entries()]) {
    if (!wanted.has(id) || !(entry instanceof Y.Map)) list.delete(id);
    else {
      const order = entry.get(ORDER_KEY);
      current.set(
        id,
        typeof order === "number" && Number.isFinite(order) ? order : Number.MAX_VALUE,
      );
    }
  }
  const orders = planOrders(
    items.map((item) => idOf(spec, item)),
    current,
  );
  for (const item of items) {
    const id = idOf(spec, item);
    const existing = list.get(id);
    const order = orders.get(id);
    if (existing instanceof Y.Map) {
      updateEntity(existing, spec, item, true);
      if (order !== undefined) existing.set(ORDER_KEY, order);
    } else list.set(id, createEntity(spec, item, order));
  }
}
