/**
 * Random command sequences run on two documents at once, then exchanged:
 * both sides end up with the same scenario, and it is valid.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { aConnectedScenario } from "../../tests/factories/scenario";
import { syncedDocs } from "../../tests/factories/synced-docs";
import { writeScenario } from "../file/write-scenario";
import { NODE_KINDS, portsOf } from "../schema/nodes";
import { ScenarioSchema } from "../schema/scenario";
import { scenarioToYDoc } from "../ydoc/scenario-to-ydoc";
import { yDocToScenario } from "../ydoc/ydoc-to-scenario";
import { CommandError } from "./command-error";
import { commands } from "./index";

type Op = { t: string; i: number; j: number; n: number; text: string };

const op: fc.Arbitrary<Op> = fc.record({
  t: fc.constantFrom(
    "add",
    "move",
    "delete",
    "connect",
    "label",
    "addOption",
    "removeOption",
    "reorder",
    "optionText",
    "duplicate",
    "rename",
  ),
  i: fc.nat(20),
  j: fc.nat(20),
  n: fc.integer({ min: -500, max: 500 }),
  text: fc.string({ minLength: 1, maxLength: 8 }),
});

function apply(doc: Y.Doc, o: Op): void {
  const s = yDocToScenario(doc);
  const pick = <T>(xs: readonly T[], k: number) => xs[k % Math.max(1, xs.length)];
  const node = pick(s.nodes, o.i);
  const other = pick(s.nodes, o.j);
  const decision = s.nodes.filter((n) => n.kind === "decision")[o.i % 3];
  const opts = decision?.kind === "decision" ? decision.options : [];
  try {
    switch (o.t) {
      case "add":
        commands.addNode(doc, {
          kind: NODE_KINDS[o.j % NODE_KINDS.length]!,
          position: { x: o.n, y: o.i },
        });
        break;
      case "move":
        if (node)
          commands.moveNodes(doc, { moves: [{ id: node.id, position: { x: o.n, y: o.j } }] });
        break;
      case "delete":
        if (node) commands.deleteNodes(doc, { ids: [node.id] });
        break;
      case "connect":
        if (node && other) {
          const port = pick(portsOf(node), o.n & 7);
          if (port) commands.connect(doc, { source: node.id, sourcePort: port, target: other.id });
        }
        break;
      case "label":
        if (node) commands.setNodeData(doc, { id: node.id, data: { label: o.text } });
        break;
      case "addOption":
        if (decision)
          commands.addOption(doc, { nodeId: decision.id, index: o.j, option: { text: o.text } });
        break;
      case "removeOption":
        if (decision && opts.length)
          commands.removeOption(doc, { nodeId: decision.id, optionId: pick(opts, o.j)!.id });
        break;
      case "reorder":
        if (decision)
          commands.reorderOptions(doc, {
            nodeId: decision.id,
            optionIds: opts.map((x) => x.id).reverse(),
          });
        break;
      case "optionText":
        if (decision && opts.length) {
          commands.setOption(doc, {
            nodeId: decision.id,
            optionId: pick(opts, o.j)!.id,
            data: { text: o.text },
          });
        }
        break;
      case "duplicate":
        if (node) commands.duplicateNodes(doc, { ids: [node.id] });
        break;
      case "rename": {
        const variable = s.variables[0];
        if (variable) commands.renameVariable(doc, { from: variable.name, to: `v${o.i}` });
        break;
      }
    }
  } catch (e) {
    if (!(e instanceof CommandError)) throw e;
  }
}

describe("concurrent commands", () => {
  it("converge to the same valid scenario on both sides (property)", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 8 }), fc.array(op, { maxLength: 8 }), (opsA, opsB) => {
        const { a, b, pause, resume } = syncedDocs(scenarioToYDoc(aConnectedScenario()));
        pause();
        for (const o of opsA) apply(a, o);
        for (const o of opsB) apply(b, o);
        resume();
        const left = yDocToScenario(a);
        expect(ScenarioSchema.safeParse(left).success).toBe(true);
        expect(writeScenario(yDocToScenario(b))).toBe(writeScenario(left));
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
