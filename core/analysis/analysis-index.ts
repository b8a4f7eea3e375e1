import type { Option, ScenarioNode } from "../schema/nodes";
import { ELSE_PORT, NEXT_PORT, TIMEOUT_PORT } from "../schema/nodes";
import type { Scenario } from "../schema/scenario";
import type { Condition, Effect, Variable } from "../schema/variables";
import { type Components, stronglyConnected } from "./strongly-connected";

/** Where a condition sits: an option's show-condition or a condition node's rule. */
export interface ConditionSite {
  readonly condition: Condition;
  readonly node: number;
  readonly optionId?: string;
  readonly ruleId?: string;
}

/** Where an effect sits: a scene (on arrival), an option, or a decision's timer. */
export interface EffectSite {
  readonly effect: Effect;
  readonly node: number;
  readonly optionId?: string;
  readonly timer?: true;
}

/**
 * Everything the checks and the path algorithms need, computed once per
 * scenario: integer node and port numbering, edges resolved to numbers, and the
 * followed graph in compressed-row form (in and out). Derived facts
 * (reachability, components, value domains...) are computed on first use and
 * cached, so `analyze()` pays for each once however many checks read it.
 *
 * The followed graph holds, for every port, the first edge leaving it (the one
 * the player follows) when its target exists and is not a note.
 */
export class AnalysisIndex {
  readonly scenario: Scenario;
  readonly nodes: readonly ScenarioNode[];
  readonly n: number;
  readonly nodeIndex: ReadonlyMap<string, number>;
  readonly variables: ReadonlyMap<string, Variable>;
  /** The start node's number, or -1 when unset, missing or a note. */
  readonly start: number;
  /** Ports of node v are `portStart[v]` .. `portStart[v + 1] - 1`, in `portsOf` order. */
  readonly portStart: Int32Array;
  readonly portName: readonly string[];
  readonly portNode: Int32Array;
  /** Option behind each port, null for next, else, rule and timeout ports. */
  readonly portOption: readonly (Option | null)[];
  readonly portEdgeCount: Int32Array;
  /** The first edge from each port in file order (the followed one), or -1. */
  readonly portFirstEdge: Int32Array;
  /** The node each port leads to over its followed edge, or -1 (unconnected, missing target, note). */
  readonly portTarget: Int32Array;
  /** Per edge: source node, target node and port numbers, -1 where they do not resolve. */
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  readonly edgePort: Int32Array;
  /** Followed graph, out-edges of v at `outStart[v]` .. `outStart[v + 1] - 1`, in port order. */
  readonly outStart: Int32Array;
  readonly outTarget: Int32Array;
  readonly outEdge: Int32Array;
  readonly outPort: Int32Array;
  readonly inStart: Int32Array;
  readonly inSource: Int32Array;
  readonly inSlot: Int32Array;
  private readonly cache = new Map<string, unknown>();

  constructor(scenario: Scenario) {
    this.scenario = scenario;
    const nodes = scenario.nodes;
    const n = nodes.length;
    this.nodes = nodes;
    this.n = n;
    const nodeIndex = new Map<string, number>();
    for (let v = 0; v < n; v++) if (!nodeIndex.has(nodes[v]!.id)) nodeIndex.set(nodes[v]!.id, v);
    this.nodeIndex = nodeIndex;
    this.variables = new Map(scenario.variables.map((v) => [v.name, v]));
    const startId = scenario.settings.startNodeId;
    const start = startId === null ? -1 : (nodeIndex.get(startId) ?? -1);
    this.start = start >= 0 && nodes[start]!.kind !== "note" ? start : -1;

    const portStart = new Int32Array(n + 1);
    const portName: string[] = [];
    const portOption: (Option | null)[] = [];
    const portNodeList: number[] = [];
    const addPort = (v: number, name: string, option: Option | null) => {
      portName.push(name);
      portNodeList.push(v);
      portOption.push(option);
    };
    // The same ports, in the same order, as portsOf(node); spelled out to skip an array per node.
    for (let v = 0; v < n; v++) {
      portStart[v] = portName.length;
      const node = nodes[v]!;
      if (node.kind === "scene" || node.kind === "reflection") addPort(v, NEXT_PORT, null);
      else if (node.kind === "decision") {
        for (const o of node.options) addPort(v, o.id, o);
        if (node.timer) addPort(v, TIMEOUT_PORT, null);
      } else if (node.kind === "condition") {
        for (const r of node.rules) addPort(v, r.id, null);
        addPort(v, ELSE_PORT, null);
      }
    }
    portStart[n] = portName.length;
    const ports = portName.length;
    this.portStart = portStart;
    this.portName = portName;
    this.portOption = portOption;
    this.portNode = Int32Array.from(portNodeList);

    const edges = scenario.edges;
    const m = edges.length;
    const edgeSource = new Int32Array(m);
    const edgeTarget = new Int32Array(m);
    const edgePort = new Int32Array(m);
    const portEdgeCount = new Int32Array(ports);
    const portFirstEdge = new Int32Array(ports).fill(-1);
    for (let e = 0; e < m; e++) {
      const edge = edges[e]!;
      const s = nodeIndex.get(edge.source) ?? -1;
      edgeSource[e] = s;
      edgeTarget[e] = nodeIndex.get(edge.target) ?? -1;
      let p = -1;
      if (s >= 0) {
        for (let q = portStart[s]!; q < portStart[s + 1]!; q++)
          if (portName[q] === edge.sourcePort) {
            p = q;
            break;
          }
      }
      edgePort[e] = p;
      if (p >= 0) {
        if (portEdgeCount[p] === 0) portFirstEdge[p] = e;
        portEdgeCount[p]!++;
      }
    }
    this.edgeSource = edgeSource;
    this.edgeTarget = edgeTarget;
    this.edgePort = edgePort;
    this.portEdgeCount = portEdgeCount;
    this.portFirstEdge = portFirstEdge;

    // Ports are numbered node by node in order, so one pass yields the out-rows in port order.
    const outStart = new Int32Array(n + 1);
    const outTarget: number[] = [];
    const outEdge: number[] = [];
    const outPort: number[] = [];
    const inCount = new Int32Array(n + 1);
    const portTarget = new Int32Array(ports).fill(-1);
    for (let v = 0; v < n; v++) {
      outStart[v] = outTarget.length;
      for (let p = portStart[v]!; p < portStart[v + 1]!; p++) {
        const e = portFirstEdge[p]!;
        if (e < 0) continue;
        const t = edgeTarget[e]!;
        if (t < 0 || nodes[t]!.kind === "note") continue;
        portTarget[p] = t;
        outTarget.push(t);
        outEdge.push(e);
        outPort.push(p);
        inCount[t + 1]!++;
      }
    }
    outStart[n] = outTarget.length;
    this.portTarget = portTarget;
    this.outStart = outStart;
    this.outTarget = Int32Array.from(outTarget);
    this.outEdge = Int32Array.from(outEdge);
    this.outPort = Int32Array.from(outPort);

    for (let v = 0; v < n; v++) inCount[v + 1]! += inCount[v]!;
    const inStart = inCount;
    const fill = inStart.slice(0, n);
    const inSource = new Int32Array(outTarget.length);
    const inSlot = new Int32Array(outTarget.length);
    for (let v = 0; v < n; v++)
      for (let k = outStart[v]!; k < outStart[v + 1]!; k++) {
        const at = fill[outTarget[k]!]!++;
        inSource[at] = v;
        inSlot[at] = k;
      }
    this.inStart = inStart;
    this.inSource = inSource;
    this.inSlot = inSlot;
  }

  /** Caches a derived fact under `key`; modules that derive facts call this so the index need not import them. */
  memo<T>(key: string, make: () => T): T {
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const value = make();
    this.cache.set(key, value);
    return value;
  }

  isEnding(v: number): boolean {
    return this.nodes[v]!.kind === "ending";
  }

  /** 1 for nodes the start reaches over followed edges (all 0 without a usable start). */
  reachable(): Uint8Array {
    return this.memo("reachable", () => {
      const seen = new Uint8Array(this.n);
      if (this.start < 0) return seen;
      const queue = new Int32Array(this.n);
      let head = 0;
      let tail = 0;
      seen[this.start] = 1;
      queue[tail++] = this.start;
      while (head < tail) {
        const v = queue[head++]!;
        for (let k = this.outStart[v]!; k < this.outStart[v + 1]!; k++) {
          const t = this.outTarget[k]!;
          if (!seen[t]) {
            seen[t] = 1;
            queue[tail++] = t;
          }
        }
      }
      return seen;
    });
  }

  /** 1 for nodes from which some ending can be reached (endings included). */
  leadsToEnding(): Uint8Array {
    return this.memo("leadsToEnding", () => {
      const seen = new Uint8Array(this.n);
      const queue = new Int32Array(this.n);
      let tail = 0;
      for (let v = 0; v < this.n; v++)
        if (this.isEnding(v)) {
          seen[v] = 1;
          queue[tail++] = v;
        }
      let head = 0;
      while (head < tail) {
        const v = queue[head++]!;
        for (let k = this.inStart[v]!; k < this.inStart[v + 1]!; k++) {
          const s = this.inSource[k]!;
          if (!seen[s]) {
            seen[s] = 1;
            queue[tail++] = s;
          }
        }
      }
      return seen;
    });
  }

  /** Strongly connected components of the followed graph. */
  components(): Components {
    return this.memo("components", () => stronglyConnected(this.n, this.outStart, this.outTarget));
  }

  conditionSites(): readonly ConditionSite[] {
    return this.memo("conditionSites", () => {
      const sites: ConditionSite[] = [];
      this.nodes.forEach((node, v) => {
        if (node.kind === "decision") {
          for (const o of node.options)
            if (o.showIf) sites.push({ condition: o.showIf, node: v, optionId: o.id });
        } else if (node.kind === "condition") {
          for (const r of node.rules) sites.push({ condition: r.when, node: v, ruleId: r.id });
        }
      });
      return sites;
    });
  }

  effectSites(): readonly EffectSite[] {
    return this.memo("effectSites", () => {
      const sites: EffectSite[] = [];
      this.nodes.forEach((node, v) => {
        if (node.kind === "scene")
          for (const effect of node.effects) sites.push({ effect, node: v });
        if (node.kind !== "decision") return;
        for (const o of node.options)
          for (const effect of o.effects) sites.push({ effect, node: v, optionId: o.id });
        for (const effect of node.timer?.effects ?? [])
          sites.push({ effect, node: v, timer: true });
      });
      return sites;
    });
  }

  nodeId(v: number): string {
    return this.nodes[v]!.id;
  }
}

/** Builds the index; analyze, countPaths, scoreRanges and the explorer accept either a scenario or an index. */
export function analysisIndexOf(input: Scenario | AnalysisIndex): AnalysisIndex {
  return input instanceof AnalysisIndex ? input : new AnalysisIndex(input);
}
