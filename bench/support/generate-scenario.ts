import type { Edge, NoteNode, Outcome, Scenario, ScenarioNode, Variable } from "../../core";
import { portsOf, richTextFromPlain, SCENARIO_FORMAT, SCENARIO_VERSION } from "../../core";
import {
  DIMENSION_IDS,
  makeConditionNode,
  makeDecision,
  makeEnding,
  makeReflection,
  makeScene,
  makeVariables,
  SKILL_IDS,
} from "./generated-parts";
import { createRandom, type SeededRandom } from "./seeded-random";

export interface GenerateScenarioOptions {
  /** Exact number of nodes, notes included (at least 8). */
  nodes: number;
  seed: number;
  /** Number of variables (default 8): trust (the mood gauge), patience, escalated, channel, then a mix. */
  variables?: number;
  /** Chance that a decision's second or later option loops back to an earlier node (default 0.04). Ignored when layered. */
  backEdgeRate?: number;
  /** Chance that a decision has a timer (default 0.15). */
  timerRate?: number;
  /** How far ahead a forward edge may reach, in nodes (default 12). */
  window?: number;
  /**
   * Lay the graph out in layers where every edge goes to the next layer: a DAG
   * whose path count grows geometrically with depth (over 10^30 at 5,000 nodes).
   */
  layered?: boolean;
  /** Nodes per layer when layered (default 8). */
  layerWidth?: number;
}

type Kind = "scene" | "decision" | "condition" | "reflection";

interface Builder {
  rnd: SeededRandom;
  vars: Variable[];
  personaIds: string[];
  imageAssetId: string;
  timerRate: number;
  nodes: ScenarioNode[];
  edges: Edge[];
}

const OUTCOMES: readonly Outcome[] = ["success", "partial", "failure"];

function hexId(rnd: SeededRandom): string {
  let hex = "sha256-";
  for (let i = 0; i < 64; i++) hex += "0123456789abcdef"[rnd.int(0, 15)];
  return hex;
}

function randomKind(rnd: SeededRandom): Kind {
  const r = rnd.next();
  if (r < 0.44) return "decision";
  if (r < 0.8) return "scene";
  if (r < 0.94) return "condition";
  return "reflection";
}

/** Builds node `i` of the given kind; `ports` asks for at least that many outgoing ports. */
function buildNode(b: Builder, i: number, kind: Kind, at: [number, number], ports = 1) {
  const id = `n${i}`;
  const { rnd, vars } = b;
  if (ports > 5) return makeConditionNode(rnd, id, at, vars, ports - 1);
  if (kind === "decision" || (ports > 1 && kind !== "condition")) {
    const timed = rnd.chance(b.timerRate);
    const options = Math.max(rnd.int(2, 4), ports - (timed ? 1 : 0));
    return makeDecision(rnd, id, at, vars, Math.min(options, 12), timed);
  }
  if (kind === "condition")
    return makeConditionNode(rnd, id, at, vars, Math.max(rnd.int(1, 2), ports - 1));
  if (kind === "scene") return makeScene(rnd, id, at, vars, b.personaIds, b.imageAssetId);
  return makeReflection(rnd, id, at, "mid");
}

function addEdge(b: Builder, source: number, port: string, target: number): void {
  b.edges.push({
    id: `e${b.edges.length}`,
    source: `n${source}`,
    sourcePort: port,
    target: `n${target}`,
  });
}

function outcomeFor(rnd: SeededRandom, k: number): Outcome {
  return k < OUTCOMES.length ? OUTCOMES[k]! : rnd.pick(OUTCOMES);
}

/**
 * Forward edges within a sliding window, so branches merge again, plus a few
 * back edges from later options. Every node is reachable: each node's first
 * port feeds the lowest node nobody points to yet. Every cycle has a way out:
 * a back edge never leaves from a first port, so the highest node of any
 * cycle still has a forward edge out of it.
 */
function buildWindowed(b: Builder, main: number, window: number, backEdgeRate: number): void {
  const { rnd } = b;
  const tail = Math.min(60, Math.max(3, Math.round(main * 0.01)));
  const stretchStart = Math.max(2, main - 2 * tail);
  const fed = new Uint8Array(main);
  const kinds: string[] = new Array(main);
  fed[0] = 1;
  let lowestUnfed = 1;
  const nextUnfed = (after: number): number => {
    while (lowestUnfed < main && (fed[lowestUnfed] || lowestUnfed <= after)) lowestUnfed++;
    return lowestUnfed < main ? lowestUnfed : -1;
  };
  const at = (i: number): [number, number] => [Math.floor(i / 5), i % 5];
  const link = (i: number, port: string, target: number) => {
    fed[target] = 1;
    addEdge(b, i, port, target);
  };

  b.nodes.push(makeReflection(rnd, "n0", at(0), "pre"));
  kinds[0] = "reflection";
  link(0, "next", 1);
  for (let i = 1; i < main - tail; i++) {
    const stretch = i >= stretchStart;
    let kind: Kind | "ending" = i === 1 ? "scene" : stretch ? "decision" : randomKind(rnd);
    if (i > 4 && !stretch && rnd.chance(0.08) && fed[i + 1]) kind = "ending";
    kinds[i] = kind;
    if (kind === "ending") {
      b.nodes.push(makeEnding(rnd, `n${i}`, at(i), outcomeFor(rnd, 3)));
      continue;
    }
    const node = buildNode(b, i, kind, at(i));
    b.nodes.push(node);
    const hi = Math.min(main - 1, i + window);
    portsOf(node).forEach((port, q) => {
      const unfed = nextUnfed(i);
      if (stretch && unfed >= 0) {
        link(i, port, unfed);
        return;
      }
      if (q > 0 && node.kind === "decision" && port !== "timeout" && rnd.chance(backEdgeRate)) {
        for (let tries = 0; tries < 4; tries++) {
          const j = rnd.int(Math.max(2, i - window), i);
          if (kinds[j] === "scene" || kinds[j] === "decision") {
            link(i, port, j);
            return;
          }
        }
      }
      const takeUnfed = unfed >= 0 && unfed <= hi && (q === 0 || rnd.chance(0.5));
      link(i, port, takeUnfed ? unfed : rnd.int(i + 1, hi));
    });
  }
  for (let k = 0, i = main - tail; i < main; i++, k++)
    b.nodes.push(makeEnding(rnd, `n${i}`, at(i), outcomeFor(rnd, k)));
}

function layerSizes(rnd: SeededRandom, rest: number, width: number): number[] {
  const lo = Math.max(2, Math.ceil(width * 0.75));
  const hi = Math.max(lo, Math.ceil(width * 1.25));
  const sizes: number[] = [];
  let prev = 0;
  while (rest > 0) {
    // One decision first (the scene before it has a single port), then fan out.
    let w = prev === 0 ? 1 : prev < width ? Math.min(width, prev * 3) : rnd.int(lo, hi);
    if (rest - w < Math.min(lo, 3)) w = rest;
    w = Math.min(w, rest);
    sizes.push(w);
    rest -= w;
    prev = w;
  }
  return sizes;
}

/** Layer by layer, every port pointing into the next layer and every node of it fed. */
function buildLayered(b: Builder, main: number, width: number): void {
  const { rnd } = b;
  const sizes = [1, 1, ...layerSizes(rnd, main - 2, width)];
  const layers: number[][] = [];
  let next = 0;
  for (const size of sizes) layers.push(Array.from({ length: size }, () => next++));
  layers.forEach((layer, k) => {
    const last = k === layers.length - 1;
    const below = layers[k + 1] ?? [];
    const ports: [number, string][][] = [];
    let portCount = 0;
    layer.forEach((i, j) => {
      const at: [number, number] = [k, j];
      // Ask for more ports only when the rest of the layer could not feed the next one otherwise.
      const need = Math.ceil((below.length - portCount) / (layer.length - j));
      let node: ScenarioNode;
      if (last) node = makeEnding(rnd, `n${i}`, at, outcomeFor(rnd, j));
      else if (k === 0) node = makeReflection(rnd, "n0", at, "pre");
      else if (k === 1) node = makeScene(rnd, "n1", at, b.vars, b.personaIds, b.imageAssetId);
      else node = buildNode(b, i, randomKind(rnd), at, need);
      b.nodes.push(node);
      portsOf(node).forEach((port, p) => {
        portCount++;
        ports[p] ??= [];
        ports[p]!.push([i, port]);
      });
    });
    if (last) return;
    const order = below.slice();
    for (let t = order.length - 1; t > 0; t--) {
      const s = rnd.int(0, t);
      [order[t], order[s]] = [order[s]!, order[t]!];
    }
    let t = 0;
    for (const group of ports)
      for (const [i, port] of group) {
        addEdge(b, i, port, t < order.length ? order[t]! : rnd.pick(below));
        t++;
      }
  });
}

/**
 * A seeded, schema-valid scenario of the given size for benchmarks: scenes with
 * personas, context cards and media, decisions with 2-4 options (show-conditions,
 * effects, points, skills, feedback, difficulty variants, some timers), condition
 * nodes, reflections, endings of every outcome, notes, variables with ranges and a
 * mood gauge. The same options always give the same scenario.
 */
export function generateScenario(options: GenerateScenarioOptions): Scenario {
  const total = Math.floor(options.nodes);
  if (!(total >= 8)) throw new RangeError("generateScenario needs at least 8 nodes");
  const rnd = createRandom(options.seed);
  const notes = total >= 100 ? Math.floor(total / 100) : 0;
  const main = total - notes;
  const vars = makeVariables(Math.max(1, options.variables ?? 8));
  const avatar = hexId(rnd);
  const screenshot = hexId(rnd);
  const b: Builder = {
    rnd,
    vars,
    personaIds: ["p-sam", "p-alex"],
    imageAssetId: screenshot,
    timerRate: options.timerRate ?? 0.15,
    nodes: [],
    edges: [],
  };
  if (options.layered) buildLayered(b, main, Math.max(2, options.layerWidth ?? 8));
  else buildWindowed(b, main, Math.max(2, options.window ?? 12), options.backEdgeRate ?? 0.04);
  for (let k = 0; k < notes; k++) {
    const note: NoteNode = {
      id: `note${k}`,
      position: { x: k * 320, y: -240 },
      label: "",
      kind: "note",
      text: richTextFromPlain("Check this branch with the support lead."),
      color: "yellow",
    };
    b.nodes.push(note);
  }
  const maxPoints = Math.max(10, Math.round(main / 20));
  return {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    meta: {
      id: `generated-${options.seed}`,
      title: `Generated scenario (${total} nodes, seed ${options.seed})`,
      summary: "Synthetic scenario for benchmarks.",
      language: "en",
      authors: [],
      tags: ["generated"],
      source: "invented",
    },
    variables: vars,
    mood: {
      variable: vars[0]!.name,
      bands: [
        { from: 0, label: "Furious", icon: "furious", color: "#b91c1c" },
        { from: 2, label: "Frustrated", icon: "frustrated", color: "#ea580c" },
        { from: 4, label: "Neutral", icon: "neutral", color: "#6b7280" },
        { from: 6, label: "Reassured", icon: "reassured", color: "#2563eb" },
        { from: 8, label: "Won over", icon: "delighted", color: "#16a34a" },
      ],
    },
    skills: SKILL_IDS.map((id) => ({ id, label: id.replace(/-/g, " "), description: "" })),
    rubric: {
      dimensions: DIMENSION_IDS.map((id) => ({ id, label: id, weight: 1, maxPoints })),
      passing: { mode: "weighted", threshold: 0.7, requireOutcome: "any" },
    },
    personas: [
      {
        id: "p-sam",
        name: "Sam",
        context: "Small business owner, third contact this week.",
        channel: "chat",
        avatarAssetId: avatar,
      },
      {
        id: "p-alex",
        name: "Alex",
        context: "Sam's colleague, joins the chat.",
        channel: "chat",
        avatarAssetId: null,
      },
    ],
    settings: {
      startNodeId: "n0",
      feedbackMode: "immediate",
      retry: { policy: "limited", maxRetries: 3 },
      difficulty: {
        initial: "standard",
        adaptive: true,
        easeAfterWeak: 2,
        raiseAfterStrong: 3,
        advancedOnlyAtChallenge: true,
      },
      timerAdjustable: true,
    },
    assets: [
      { id: avatar, name: "sam.png", mimeType: "image/png", bytes: 18234 },
      { id: screenshot, name: "double-charge.png", mimeType: "image/png", bytes: 84211 },
    ],
    nodes: b.nodes,
    edges: b.edges,
  };
}
