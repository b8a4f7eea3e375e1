import { type Check, describeNode } from "../check";
import { diagnostic } from "../diagnostic";

export const checkDimensionReferences: Check = (ix, out) => {
  const known = new Set(ix.scenario.rubric.dimensions.map((d) => d.id));
  for (const node of ix.nodes) {
    if (node.kind !== "decision") continue;
    for (const o of node.options)
      for (const id in o.points)
        if (!known.has(id))
          out.push(
            diagnostic(
              "unknown-dimension",
              `Option "${o.id}" on ${describeNode(node)} gives points on "${id}", which is not a rubric dimension, so they never count: add the dimension to the rubric or move the points to an existing one.`,
              { nodeId: node.id, optionId: o.id },
            ),
          );
  }
};
