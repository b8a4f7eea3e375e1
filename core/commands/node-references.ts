import type { ScenarioNode } from "../schema/nodes";
import type { Condition, Effect } from "../schema/variables";

export interface NodeReferences {
  variables: Set<string>;
  personas: Set<string>;
  skills: Set<string>;
  dimensions: Set<string>;
}

function effectsAndConditions(node: ScenarioNode): { effects: Effect[]; conditions: Condition[] } {
  const effects: Effect[] = [];
  const conditions: Condition[] = [];
  if (node.kind === "scene") effects.push(...node.effects);
  if (node.kind === "decision") {
    for (const o of node.options) {
      effects.push(...o.effects);
      if (o.showIf) conditions.push(o.showIf);
    }
    if (node.timer) effects.push(...node.timer.effects);
  }
  if (node.kind === "condition") for (const r of node.rules) conditions.push(r.when);
  return { effects, conditions };
}

/** What a node refers to by name or id outside itself, so a copy can carry those definitions along. */
export function collectReferences(nodes: readonly ScenarioNode[]): NodeReferences {
  const refs: NodeReferences = {
    variables: new Set(),
    personas: new Set(),
    skills: new Set(),
    dimensions: new Set(),
  };
  for (const node of nodes) {
    const { effects, conditions } = effectsAndConditions(node);
    for (const e of effects) refs.variables.add(e.variable);
    for (const c of conditions) for (const clause of c.clauses) refs.variables.add(clause.variable);
    if (node.kind === "scene" && node.personaId) refs.personas.add(node.personaId);
    if (node.kind === "decision") {
      for (const o of node.options) {
        for (const s of [...o.skillsPractised, ...o.skillsMissed]) refs.skills.add(s);
        for (const d of Object.keys(o.points)) refs.dimensions.add(d);
      }
      for (const s of node.timer?.skillsMissed ?? []) refs.skills.add(s);
    }
  }
  return refs;
}
