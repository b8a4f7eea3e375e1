import type * as Y from "yjs";
import { VariableNameSchema } from "../schema/ids";
import type { Condition, Effect } from "../schema/variables";
import { VARIABLE_SPEC } from "../ydoc/entities/entity-specs";
import { orderOf } from "../ydoc/entities/keyed-order";
import { quietContext, readEntity } from "../ydoc/entities/read-entity";
import { createEntity } from "../ydoc/entities/write-entity";
import { docMap, type YMap } from "../ydoc/layout";
import { CommandError } from "./command-error";
import { requireDefinition, VARIABLES } from "./definition-lists";
import { eachItemMap, eachNodeMap, timerMap } from "./each-node-map";
import { validateArgs } from "./validate-args";

export interface RenameVariableArgs {
  from: string;
  to: string;
}

type Renamer = (map: YMap, key: string) => void;

/**
 * Renames a variable and every reference to it: effects (scenes, options,
 * timers), conditions (option show-conditions, condition rules) and the mood
 * gauge. Returns how many fields were rewritten.
 */
export function renameVariable(
  doc: Y.Doc,
  args: RenameVariableArgs,
  origin?: unknown,
): { references: number } {
  const { map } = requireDefinition(doc, VARIABLES, "renameVariable", args.from);
  const to = validateArgs("renameVariable", VariableNameSchema, args.to, "new name");
  if (to === args.from) return { references: 0 };
  const variables = docMap(doc, "variables");
  if (variables.has(to))
    throw new CommandError("renameVariable", `a variable "${to}" already exists`);
  let references = 0;
  const effects: Renamer = (m, key) => {
    const list = m.get(key) as Effect[] | undefined;
    if (!Array.isArray(list) || !list.some((e) => e?.variable === args.from)) return;
    m.set(
      key,
      list.map((e) => (e?.variable === args.from ? { ...e, variable: to } : e)),
    );
    references++;
  };
  const condition: Renamer = (m, key) => {
    const c = m.get(key) as Condition | null | undefined;
    if (!c || !Array.isArray(c.clauses) || !c.clauses.some((cl) => cl?.variable === args.from))
      return;
    m.set(key, {
      ...c,
      clauses: c.clauses.map((cl) => (cl?.variable === args.from ? { ...cl, variable: to } : cl)),
    });
    references++;
  };
  doc.transact(() => {
    const fields = readEntity(map, VARIABLE_SPEC, null, quietContext());
    variables.set(to, createEntity(VARIABLE_SPEC, fields, orderOf(map)));
    variables.delete(args.from);
    for (const node of eachNodeMap(doc)) {
      if (node.kind === "scene") effects(node.map, "effects");
      if (node.kind === "decision") {
        for (const option of eachItemMap(node.map, "options")) {
          effects(option, "effects");
          condition(option, "showIf");
        }
        const timer = timerMap(node.map);
        if (timer) effects(timer, "effects");
      }
      if (node.kind === "condition")
        for (const rule of eachItemMap(node.map, "rules")) condition(rule, "when");
    }
    const mood = docMap(doc, "mood");
    if (mood.get("variable") === args.from) {
      mood.set("variable", to);
      references++;
    }
  }, origin);
  return { references };
}
