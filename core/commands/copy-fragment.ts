import * as Y from "yjs";
import type { Edge, ScenarioNode } from "../schema/nodes";
import { DimensionSchema, PersonaSchema, SkillSchema } from "../schema/scenario";
import { VariableSchema } from "../schema/variables";
import {
  DIMENSION_SPEC,
  type EntitySpec,
  PERSONA_SPEC,
  SKILL_SPEC,
  VARIABLE_SPEC,
} from "../ydoc/entities/entity-specs";
import { quietContext, readList } from "../ydoc/entities/read-entity";
import { docMap, type YMap } from "../ydoc/layout";
import { readNodes } from "../ydoc/ydoc-to-scenario";
import { CLIPBOARD_FORMAT, CLIPBOARD_VERSION, type ClipboardPayload } from "./clipboard-payload";
import { CommandError } from "./command-error";
import { listEdges } from "./node-edges";
import { collectReferences } from "./node-references";

export interface CopyFragmentArgs {
  ids: readonly string[];
}

function definitions<T>(
  list: YMap,
  spec: EntitySpec,
  schema: { safeParse(v: unknown): { success: boolean; data?: T } },
  wanted: Set<string>,
  key: (item: T) => string,
): T[] {
  const out: T[] = [];
  for (const raw of readList(list, spec, quietContext())) {
    const parsed = schema.safeParse(raw);
    if (parsed.success && wanted.has(key(parsed.data as T))) out.push(parsed.data as T);
  }
  return out;
}

/** The clipboard payload for some nodes: the nodes, the edges among them, and what they refer to. Writes nothing. */
export function copyFragment(doc: Y.Doc, args: CopyFragmentArgs): ClipboardPayload {
  const ids = new Set(args.ids);
  const nodes: ScenarioNode[] = readNodes(doc, [...ids]);
  if (nodes.length !== ids.size) {
    const found = new Set(nodes.map((n) => n.id));
    const missing = [...ids].find((id) => !found.has(id));
    throw new CommandError("copyFragment", `unknown node "${missing}"`);
  }
  const edges: Edge[] = listEdges(doc).filter((e) => ids.has(e.source) && ids.has(e.target));
  const refs = collectReferences(nodes);
  const rubric = docMap(doc, "rubric").get("dimensions");
  return {
    format: CLIPBOARD_FORMAT,
    version: CLIPBOARD_VERSION,
    nodes,
    edges,
    variables: definitions(
      docMap(doc, "variables"),
      VARIABLE_SPEC,
      VariableSchema,
      refs.variables,
      (v) => v.name,
    ),
    personas: definitions(
      docMap(doc, "personas"),
      PERSONA_SPEC,
      PersonaSchema,
      refs.personas,
      (p) => p.id,
    ),
    skills: definitions(docMap(doc, "skills"), SKILL_SPEC, SkillSchema, refs.skills, (s) => s.id),
    dimensions:
      rubric instanceof Y.Map
        ? definitions(rubric, DIMENSION_SPEC, DimensionSchema, refs.dimensions, (d) => d.id)
        : [],
  };
}
