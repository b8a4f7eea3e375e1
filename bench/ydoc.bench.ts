/**
 * Live-document benchmark.
 *
 *   node --import tsx bench/ydoc.bench.ts [--nodes 5000] [--runs 7] [--moves 10000] [--move-nodes 1000]
 *
 * 1. A generated 5,000-node scenario (bench/support/generate-scenario.ts, seed 7)
 *    as a Y.Doc: encoded size, time to build and encode it, and time to parse
 *    it (apply the update to a fresh doc, then yDocToScenario), medians.
 *    Targets: at most 2 MB encoded, parsed in at most 150 ms.
 * 2. Position churn: 10,000 drag-end moves in a 1,000-node scenario, made by a
 *    second client as in real use. Target: the encoded document grows by at
 *    most 10%. The same moves written to one Y.Map key per node are shown for
 *    comparison: that is what the positions array avoids.
 */
import { gzipSync } from "fflate";
import * as Y from "yjs";
import {
  commands,
  moveNodes,
  plainTextOf,
  type Scenario,
  scenarioToYDoc,
  writeScenario,
  yDocToScenario,
} from "../core";
import { splitDocument } from "../server";
import { generateScenario } from "./support/generate-scenario";
import { createRandom } from "./support/seeded-random";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const NODES = arg("nodes", 5_000);
const RUNS = arg("runs", 7);
const MOVES = arg("moves", 10_000);
const MOVE_NODES = arg("move-nodes", 1_000);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (x: number) => `${x.toFixed(1)} ms`;

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

/** Characters of learner-facing and designer-facing text: the floor under any encoding. */
function textChars(s: Scenario): number {
  let n = 0;
  const rich = (r: Parameters<typeof plainTextOf>[0]) => {
    n += plainTextOf(r).length;
  };
  for (const node of s.nodes) {
    n += node.label.length;
    if (node.kind === "scene") {
      for (const r of [node.text, node.variants.gentle, node.variants.challenge]) if (r) rich(r);
    }
    if (node.kind === "decision") {
      rich(node.prompt);
      for (const o of node.options) {
        n += o.text.length + (o.variants.gentle?.length ?? 0) + (o.variants.challenge?.length ?? 0);
        rich(o.feedback);
      }
      if (node.timer) rich(node.timer.feedback);
    }
    if (node.kind === "reflection") rich(node.prompt);
    if (node.kind === "ending") {
      n += node.title.length;
      rich(node.debrief);
    }
    if (node.kind === "note") rich(node.text);
  }
  return n;
}

function documentFigures(): void {
  const scenario = generateScenario({ nodes: NODES, seed: 7 });
  const build: number[] = [];
  const encode: number[] = [];
  const split: number[] = [];
  const apply: number[] = [];
  const read: number[] = [];
  let update: Uint8Array = new Uint8Array();
  let lossless = true;
  for (let run = 0; run <= RUNS; run++) {
    const [doc, tBuild] = time(() => scenarioToYDoc(scenario));
    const [bytes, tEncode] = time(() => Y.encodeStateAsUpdate(doc));
    const [, tSplit] = time(() => splitDocument(doc));
    const fresh = new Y.Doc();
    const [, tApply] = time(() => Y.applyUpdate(fresh, bytes));
    const [back, tRead] = time(() => yDocToScenario(fresh));
    update = bytes;
    if (run === 0) {
      lossless = writeScenario(back) === writeScenario(scenario);
      continue; // warm-up
    }
    build.push(tBuild);
    encode.push(tEncode);
    split.push(tSplit);
    apply.push(tApply);
    read.push(tRead);
  }
  const v2 = Y.encodeStateAsUpdateV2(scenarioToYDoc(scenario));
  const file = writeScenario(scenario);
  // A yardstick for this machine's speed at the moment: the same data as plain JSON.
  const jsonParse = median(Array.from({ length: RUNS }, () => time(() => JSON.parse(file))[1]));
  console.log(
    `Y.Doc of a ${NODES}-node scenario: ${scenario.edges.length} edges, ${textChars(scenario).toLocaleString("en")} characters of text`,
  );
  console.log(
    `  scenario file (canonical JSON)      ${kb(file.length)}  (minified ${kb(JSON.stringify(scenario).length)})`,
  );
  console.log(`  encoded (update v1)                 ${kb(update.length)}  (target <= 2048 KB)`);
  console.log(`  encoded (update v2)                 ${kb(v2.length)}`);
  console.log(`  encoded v1, gzipped                 ${kb(gzipSync(update).length)}`);
  console.log(`  build (scenarioToYDoc)              ${ms(median(build))}`);
  console.log(`  encode (encodeStateAsUpdate)        ${ms(median(encode))}`);
  console.log(`  ${"encode in parts (studio, v2)".padEnd(36)}${ms(median(split))}`);
  console.log(`  parse: applyUpdate to a fresh doc   ${ms(median(apply))}`);
  console.log(`  parse: yDocToScenario               ${ms(median(read))}`);
  console.log(
    `  parse total                         ${ms(median(apply.map((a, i) => a + read[i]!)))}  (target <= 150 ms)`,
  );
  console.log(`  for scale: JSON.parse of the file   ${ms(jsonParse)}`);
  console.log(`  round trip lossless                 ${lossless ? "yes" : "NO"}`);
  console.log(`  (medians of ${RUNS} runs after one warm-up)`);
}

function churn(
  label: string,
  moveOne: (doc: Y.Doc, id: string, x: number, y: number) => void,
  setup?: (doc: Y.Doc) => void,
): void {
  const scenario = generateScenario({ nodes: MOVE_NODES, seed: 11 });
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(scenarioToYDoc(scenario)));
  setup?.(client);
  const before = Y.encodeStateAsUpdate(client).length;
  const rnd = createRandom(3);
  const ids = scenario.nodes.map((n) => n.id);
  const [, elapsed] = time(() => {
    for (let i = 0; i < MOVES; i++) {
      moveOne(client, rnd.pick(ids), rnd.int(-2000, 2000), rnd.int(-2000, 2000));
    }
  });
  const after = Y.encodeStateAsUpdate(client).length;
  const growth = ((after - before) / before) * 100;
  console.log(
    `  ${label.padEnd(36)} ${kb(before)} -> ${kb(after)}  +${kb(after - before)}  growth ${growth.toFixed(2)}%  (${ms(elapsed / MOVES)} per move)`,
  );
}

function positionFigures(): void {
  console.log(
    `\n${MOVES} drag-end moves in a ${MOVE_NODES}-node scenario, by a second client (target: growth <= 10%)`,
  );
  churn("positions array (moveNodes)", (doc, id, x, y) =>
    moveNodes(doc, { moves: [{ id, position: { x, y } }] }),
  );
  churn(
    "comparison: one Y.Map key per node",
    (doc, id, x, y) => doc.getMap<{ x: number; y: number }>("naive").set(id, { x, y }),
    (doc) =>
      doc.transact(() => {
        const naive = doc.getMap<{ x: number; y: number }>("naive");
        for (const id of doc.getMap("nodes").keys()) naive.set(id, { x: 0, y: 0 });
      }),
  );
}

/** How long one command takes on a large document: what a designer waits for after a click. */
function commandFigures(): void {
  const scenario = generateScenario({ nodes: NODES, seed: 7 });
  const doc = scenarioToYDoc(scenario);
  const decisions = scenario.nodes.filter((n) => n.kind === "decision").map((n) => n.id);
  const targets = scenario.nodes.filter((n) => n.kind !== "note").map((n) => n.id);
  const rnd = createRandom(5);
  const samples = (fn: (i: number) => void) =>
    median(Array.from({ length: 200 }, (_, i) => time(() => fn(i))[1]));
  console.log(`
One command on the ${NODES}-node document (median of 200)`);
  const rows: [string, (i: number) => void][] = [
    [
      "setNodeData (label)",
      (i) => commands.setNodeData(doc, { id: rnd.pick(decisions), data: { label: `L${i}` } }),
    ],
    [
      "moveNodes (one node)",
      (i) =>
        commands.moveNodes(doc, { moves: [{ id: rnd.pick(targets), position: { x: i, y: i } }] }),
    ],
    [
      "connect",
      () => {
        const source = rnd.pick(decisions);
        const node = scenario.nodes.find((n) => n.id === source);
        const port = node?.kind === "decision" ? node.options[0]?.id : undefined;
        if (port) commands.connect(doc, { source, sourcePort: port, target: rnd.pick(targets) });
      },
    ],
    [
      "addOption",
      () => {
        try {
          commands.addOption(doc, { nodeId: rnd.pick(decisions) });
        } catch {}
      },
    ],
    [
      "duplicateNodes (one node)",
      () => commands.duplicateNodes(doc, { ids: [rnd.pick(decisions)] }),
    ],
  ];
  for (const [label, fn] of rows) console.log(`  ${label.padEnd(36)} ${ms(samples(fn))}`);
  const all = scenario.nodes.map((n) => ({
    id: n.id,
    position: { x: n.position.x + 10, y: n.position.y },
  }));
  console.log(
    `  ${"moveNodes (all nodes at once)".padEnd(36)} ${ms(time(() => commands.moveNodes(doc, { moves: all }))[1])}`,
  );
}

documentFigures();
positionFigures();
commandFigures();
