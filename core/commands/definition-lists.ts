import * as Y from "yjs";
import type { z } from "zod";
import { AssetIdSchema, IdSchema, VariableNameSchema } from "../schema/ids";
import { AssetSchema, DimensionSchema, PersonaSchema, SkillSchema } from "../schema/scenario";
import { VariableSchema } from "../schema/variables";
import {
  ASSET_SPEC,
  DIMENSION_SPEC,
  type EntitySpec,
  PERSONA_SPEC,
  SKILL_SPEC,
  VARIABLE_SPEC,
} from "../ydoc/entities/entity-specs";
import { quietContext, readEntity } from "../ydoc/entities/read-entity";
import { updateEntity } from "../ydoc/entities/write-entity";
import { docMap, type YMap } from "../ydoc/layout";
import { CommandError } from "./command-error";
import { createId } from "./create-id";
import { insertKeyedItem, isPermutationOf, reorderKeyedItems } from "./keyed-item-edits";
import { checkPatchKeys, validateArgs } from "./validate-args";

type Obj = Record<string, unknown>;

/**
 * The scenario's keyed definition lists (variables, skills, rubric dimensions,
 * personas, assets) share their add/set/remove/reorder logic; what differs is
 * described here. Clean-up of references on removal stays in each remove command.
 */
export interface DefinitionList {
  name: string;
  idField: "id" | "name";
  idSchema: z.ZodType<string>;
  spec: EntitySpec;
  schema: z.ZodType<Obj>;
  max: number;
  /** The fields a set command may change (everything but the id). */
  fields: readonly string[];
  /** Prefix for generated ids; null when the caller must name the item (variables, content-hashed assets). */
  prefix: string | null;
  list(doc: Y.Doc, create: boolean): YMap | null;
}

const topLevel =
  (name: "variables" | "skills" | "personas" | "assets") =>
  (doc: Y.Doc): YMap =>
    docMap(doc, name);

const asObj = <T>(schema: z.ZodType<T>) => schema as unknown as z.ZodType<Obj>;

export const VARIABLES: DefinitionList = {
  name: "variable",
  idField: "name",
  idSchema: VariableNameSchema,
  spec: VARIABLE_SPEC,
  schema: /* @__PURE__ */ asObj(VariableSchema),
  max: 1000,
  fields: ["description", "type", "initial", "min", "max"],
  prefix: null,
  list: /* @__PURE__ */ topLevel("variables"),
};
export const SKILLS: DefinitionList = {
  name: "skill",
  idField: "id",
  idSchema: IdSchema,
  spec: SKILL_SPEC,
  schema: /* @__PURE__ */ asObj(SkillSchema),
  max: 200,
  fields: ["label", "description"],
  prefix: "skill",
  list: /* @__PURE__ */ topLevel("skills"),
};
export const PERSONAS: DefinitionList = {
  name: "persona",
  idField: "id",
  idSchema: IdSchema,
  spec: PERSONA_SPEC,
  schema: /* @__PURE__ */ asObj(PersonaSchema),
  max: 50,
  fields: ["name", "context", "channel", "avatarAssetId"],
  prefix: "persona",
  list: /* @__PURE__ */ topLevel("personas"),
};
export const ASSETS: DefinitionList = {
  name: "asset",
  idField: "id",
  idSchema: AssetIdSchema,
  spec: ASSET_SPEC,
  schema: /* @__PURE__ */ asObj(AssetSchema),
  max: 1000,
  fields: ["name", "mimeType", "bytes"],
  prefix: null,
  list: /* @__PURE__ */ topLevel("assets"),
};
export const DIMENSIONS: DefinitionList = {
  name: "rubric dimension",
  idField: "id",
  idSchema: IdSchema,
  spec: DIMENSION_SPEC,
  schema: /* @__PURE__ */ asObj(DimensionSchema),
  max: 12,
  fields: ["label", "weight", "maxPoints"],
  prefix: "dim",
  list(doc, create) {
    const rubric = docMap(doc, "rubric");
    const current = rubric.get("dimensions");
    if (current instanceof Y.Map) return current;
    if (!create) return null;
    const fresh: YMap = new Y.Map();
    rubric.set("dimensions", fresh);
    return fresh;
  },
};

/** The item's map and validated data, or a CommandError naming the unknown id. */
export function requireDefinition(doc: Y.Doc, def: DefinitionList, command: string, id: string) {
  const map = def.list(doc, false)?.get(id);
  if (!(map instanceof Y.Map)) throw new CommandError(command, `unknown ${def.name} "${id}"`);
  const raw = readEntity(map, def.spec, id, quietContext());
  return { map: map as YMap, current: raw };
}

export function addDefinition(
  doc: Y.Doc,
  def: DefinitionList,
  command: string,
  item: Obj,
  index: number | undefined,
  origin: unknown,
): string {
  const list = def.list(doc, false);
  if (list && list.size >= def.max)
    throw new CommandError(command, `at most ${def.max} ${def.name}s`);
  let id = item?.[def.idField];
  if (id === undefined && def.prefix) id = createId(def.prefix, (c) => list?.has(c) ?? false);
  const key = validateArgs(command, def.idSchema, id, `${def.name} ${def.idField}`);
  if (list?.has(key)) throw new CommandError(command, `a ${def.name} "${key}" already exists`);
  const value = validateArgs(command, def.schema, { ...item, [def.idField]: key }, def.name);
  doc.transact(() => insertKeyedItem(def.list(doc, true)!, def.spec, key, value, index), origin);
  return key;
}

export function setDefinition(
  doc: Y.Doc,
  def: DefinitionList,
  command: string,
  id: string,
  data: Obj,
  origin: unknown,
  check?: (next: Obj) => void,
): Obj {
  const { map, current } = requireDefinition(doc, def, command, id);
  if (!data || typeof data !== "object") throw new CommandError(command, "data must be an object");
  checkPatchKeys(command, data, def.fields, `a ${def.name}`);
  const next = validateArgs(
    command,
    def.schema,
    { ...current, ...data, [def.idField]: id },
    def.name,
  );
  check?.(next);
  doc.transact(() => updateEntity(map, def.spec, next, true), origin);
  return next;
}

export function reorderDefinitions(
  doc: Y.Doc,
  def: DefinitionList,
  command: string,
  ids: readonly string[],
  origin: unknown,
): void {
  const list = def.list(doc, false);
  if (!list || !Array.isArray(ids) || !isPermutationOf(list, ids)) {
    throw new CommandError(command, `give every ${def.name} ${def.idField} exactly once`);
  }
  doc.transact(() => reorderKeyedItems(list, ids), origin);
}
