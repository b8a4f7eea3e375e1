import { type Check, describeNode } from "../check";
import { diagnostic } from "../diagnostic";

export const checkSkillReferences: Check = (ix, out) => {
  const known = new Set(ix.scenario.skills.map((s) => s.id));
  const fix = "add the skill to the scenario's skills or pick an existing one";
  for (const node of ix.nodes) {
    if (node.kind !== "decision") continue;
    for (const o of node.options) {
      if (allKnown(o.skillsPractised, known) && allKnown(o.skillsMissed, known)) continue;
      for (const id of unknown([...o.skillsPractised, ...o.skillsMissed], known))
        out.push(
          diagnostic(
            "unknown-skill",
            `Option "${o.id}" on ${describeNode(node)} names the skill "${id}", which is not defined: ${fix}.`,
            { nodeId: node.id, optionId: o.id },
          ),
        );
    }
    if (!node.timer || allKnown(node.timer.skillsMissed, known)) continue;
    for (const id of unknown(node.timer.skillsMissed, known))
      out.push(
        diagnostic(
          "unknown-skill",
          `The timer on ${describeNode(node)} names the skill "${id}", which is not defined: ${fix}.`,
          { nodeId: node.id },
        ),
      );
  }
};

function allKnown(ids: readonly string[], known: ReadonlySet<string>): boolean {
  for (const id of ids) if (!known.has(id)) return false;
  return true;
}

const unknown = (ids: readonly string[], known: ReadonlySet<string>): Set<string> =>
  new Set(ids.filter((id) => !known.has(id)));
