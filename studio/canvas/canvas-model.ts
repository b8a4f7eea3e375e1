import { applyNodeChanges, type EdgeChange, type NodeChange } from "@xyflow/react";
import * as Y from "yjs";
import {
  type FirstView,
  openingOrder,
  type Position,
  readNodes,
  type ScenarioNode,
  yDocToScenario,
} from "../../core";
import { BackgroundReading } from "./background-reading";
import { EdgeIndex } from "./edge-index";
import { flowNodeOf } from "./flow-elements";
import type { FlowEdge, FlowNode } from "./flow-types";
import { Listeners } from "./listeners";
import { mergeReadNodes } from "./merge-read-nodes";
import { selectionKeyOf, withSelection } from "./node-selection";
import { type NodeView, sameView, type ViewContext, viewOfNode } from "./node-view";
import { observeScenarioDoc } from "./observe-scenario-doc";
import { contextOf, readViewContext, viewContextOf } from "./read-view-context";
import { sameStateVector } from "./same-state-vector";
import { settledPosition } from "./settled-position";

/** Above this many touched nodes, one full read is cheaper than reading them one by one. */
const FULL_READ_THRESHOLD = 400;

/**
 * The canvas's view of a scenario document. It turns the Y.Doc (read through
 * core) into React Flow nodes and edges and keeps object identity for every
 * node and edge a change did not touch, so React Flow and React skip them.
 * Local-only state (selection, measured sizes, positions during a drag) lives
 * here too; the document is written only through core's commands, by the
 * caller, and a drag writes once, when it ends.
 */
export class CanvasModel {
  nodes: FlowNode[] = [];
  /** True once the document has been read at least once. */
  loaded = false;
  /** What the server's first view said of the scenario, shown until the document is read. */
  firstView: Pick<FirstView, "title" | "nodeCount"> | null = null;
  /** The start node as of the last full read, for framing the first view. */
  startNodeId: string | null = null;

  private nodeAt = new Map<string, number>();
  private readonly edgeIndex = new EdgeIndex();
  private readonly viewOf = (id: string): NodeView | undefined => this.nodeById(id)?.data;
  private readonly bothRead = (source: string, target: string): boolean =>
    this.nodeAt.has(source) && this.nodeAt.has(target);
  /** True while the edges given to React Flow are only those between the nodes read so far. */
  private edgesPartial = false;
  private context: ViewContext = { personaNames: new Map(), mood: null };
  private readonly dragging = new Set<string>();
  private readonly changed = new Listeners();
  private readonly selectionChanged = new Listeners();
  private readonly readProgress = new Listeners();
  private dirtyNodes = new Set<string>();
  private dirtyEdges = new Set<string>();
  private dirtyPositions = new Map<string, Position | null>();
  private fullReadNeeded = false;
  /** Opening a large scenario: the nodes away from the first view, read afterwards. */
  readonly background = new BackgroundReading({
    read: (ids) => readNodes(this.doc, ids).map((node) => this.rebuild(undefined, node)),
    isShown: (id) => this.nodeAt.has(id),
    publish: (nodes, done) => this.publishRead(nodes, done),
    progress: () => this.readProgress.notify(),
  });
  private flushQueued = false;
  /** The document's state vector when it was last read whole, to tell if anything was missed. */
  private readAt: Uint8Array = new Uint8Array();
  private pendingSelection: Set<string> | null = null;
  /** Selected node ids joined by NUL: a cheap, comparable snapshot for subscribers. */
  selectionKey = "";
  private connected = false;
  private stopObserving: (() => void) | null = null;
  constructor(private readonly doc: Y.Doc) {}

  /**
   * Starts following the document; returns the function that stops. Safe to
   * call again after stopping (React's strict mode does exactly that). Until
   * the document has been read once nothing is observed: the first sync would
   * otherwise have Yjs build a change event for every node it brings, only
   * for the first read to read them all anyway.
   */
  connect(): () => void {
    this.connected = true;
    if (this.loaded) {
      this.observe();
      // Whatever happened while not following the document is picked up by one full read.
      if (!sameStateVector(this.readAt, Y.encodeStateVector(this.doc))) this.refresh();
      this.background.resume();
    }
    return () => {
      this.connected = false;
      this.stopObserving?.();
      this.stopObserving = null;
      this.background.pause();
    };
  }

  private observe(): void {
    if (this.stopObserving) return;
    this.stopObserving = observeScenarioDoc(this.doc, {
      nodes: (ids) => {
        for (const id of ids) this.dirtyNodes.add(id);
        this.queueFlush();
      },
      edges: (ids) => {
        for (const id of ids) this.dirtyEdges.add(id);
        this.queueFlush();
      },
      position: (id, position) => {
        this.dirtyPositions.set(id, position);
        this.queueFlush();
      },
      context: () => {
        this.fullReadNeeded = true;
        this.queueFlush();
      },
    });
  }

  /** React Flow's edges, coloured by effect on the mood. */
  get edges(): FlowEdge[] {
    return this.edgeIndex.edges;
  }

  subscribe = this.changed.subscribe;
  subscribeSelection = this.selectionChanged.subscribe;
  /** Called as nodes are read in the background (for counts and the overview). */
  subscribeProgress = this.readProgress.subscribe;

  /** Reads the whole document again now. */
  refresh(): void {
    this.fullReadNeeded = true;
    this.flush();
  }

  /** Makes sure the document has been read (after the first sync, which may have carried nothing). */
  ensureLoaded(): void {
    if (this.loaded) return;
    this.flush();
    // Read and observed in the same task: no change falls in between.
    if (this.connected) this.observe();
  }

  /**
   * Draws the server's first view while the document is on its way: the
   * nodes are shown read-only, and the first read of the document takes them
   * over (unchanged ones keep their objects, and so their selection).
   */
  showFirstView(view: FirstView): void {
    if (this.loaded || this.nodes.length > 0) return;
    const { context, startNodeId } = viewContextOf(view);
    this.context = context;
    this.startNodeId = startNodeId;
    this.firstView = { title: view.title, nodeCount: view.nodeCount };
    this.nodes = view.nodes.map((node) => this.rebuild(undefined, node));
    this.reindexNodes();
    this.edgeIndex.setAll(view.edges, this.viewOf);
    performance.mark("forkline:first-view");
    this.emit();
  }

  /** How many nodes the scenario has, as far as the canvas knows yet. */
  get nodeCount(): number {
    if (!this.loaded && this.firstView) return this.firstView.nodeCount;
    return this.nodes.length + this.remaining;
  }

  /** How many nodes are not on the canvas yet after opening (read in the background or not). */
  get remaining(): number {
    return this.background.remaining;
  }

  /** Reads these nodes now if they are still waiting (for jumping to a node far away). */
  loadNow(ids: readonly string[]): void {
    // Before the document is read there is nothing to read them from.
    if (!this.loaded) return;
    const waiting = ids.filter((id) => !this.nodeAt.has(id));
    if (waiting.length === 0) return;
    for (const id of waiting) this.dirtyNodes.add(id);
    this.flush();
  }

  get viewContext(): ViewContext {
    return this.context;
  }

  nodeById(id: string): FlowNode | undefined {
    const at = this.nodeAt.get(id);
    return at === undefined ? undefined : this.nodes[at];
  }

  selectedNodeIds(): string[] {
    return this.nodes.filter((n) => n.selected).map((n) => n.id);
  }

  selectedEdgeIds(): string[] {
    return this.edges.filter((e) => e.selected).map((e) => e.id);
  }

  /** Selects exactly these nodes (now, or as soon as they appear after a local command). */
  select(ids: Iterable<string>): void {
    const wanted = new Set(ids);
    const missing = [...wanted].some((id) => !this.nodeAt.has(id));
    if (missing) this.pendingSelection = wanted;
    this.applySelection(wanted);
  }

  /**
   * Applies React Flow's changes to the view and returns the positions a
   * finished drag or keyboard move left, which the document does not have
   * yet: the caller writes them with a core command.
   */
  applyNodeChanges(all: NodeChange<FlowNode>[]): Map<string, Position> {
    const settled = new Map<string, Position>();
    // The first view is read-only: nodes stay draggable (a press then selects the same way
    // before and after the document arrives) but do not move until it is read.
    const changes = this.loaded ? all : all.filter((c) => c.type !== "position");
    // A finished move shows the whole pixels the document will get, so the document's
    // echo of the write finds nothing to change.
    const local = changes.map((change) => {
      if (change.type !== "position") return change;
      if (change.dragging) this.dragging.add(change.id);
      const position = settledPosition(change);
      if (!position) return change;
      settled.set(change.id, position);
      this.dragging.delete(change.id);
      return { ...change, position };
    });
    const next = applyNodeChanges(local, this.nodes);
    if (next !== this.nodes) {
      this.nodes = next;
      if (changes.some((c) => c.type === "add" || c.type === "remove" || c.type === "replace"))
        this.reindexNodes();
      this.emit();
    }
    if (changes.some((c) => c.type === "select")) this.emitSelection();
    return settled;
  }

  applyEdgeChanges(changes: EdgeChange<FlowEdge>[]): void {
    if (this.edgeIndex.applyChanges(changes)) this.emit();
  }

  private queueFlush(): void {
    if (this.flushQueued) return;
    this.flushQueued = true;
    queueMicrotask(() => {
      this.flushQueued = false;
      this.flush();
    });
  }

  private flush(): void {
    if (!this.loaded) this.firstRead();
    else if (this.fullReadNeeded || this.dirtyNodes.size > FULL_READ_THRESHOLD) this.fullRead();
    else this.partialRead();
    this.dirtyNodes.clear();
    this.dirtyEdges.clear();
    this.dirtyPositions.clear();
    if (this.pendingSelection) {
      const wanted = this.pendingSelection;
      if ([...wanted].every((id) => this.nodeAt.has(id))) this.pendingSelection = null;
      this.applySelection(wanted);
    }
    this.emit();
    this.emitSelection();
    this.readProgress.notify();
  }

  /**
   * Opening: the nodes around the start are read and drawn first; the rest are
   * read in the background afterwards (BackgroundReading), so the time to a usable canvas
   * depends on what is on screen rather than on the size of the scenario.
   */
  private firstRead(): void {
    this.loaded = true;
    this.fullReadNeeded = false;
    this.readAt = Y.encodeStateVector(this.doc);
    const { context, startNodeId } = readViewContext(this.doc);
    this.context = context;
    this.startNodeId = startNodeId;
    const order = openingOrder(this.doc, startNodeId);
    // Nodes the first view already shows stay on the canvas (read now), whatever the order says.
    const shown = new Map(this.nodes.map((n) => [n.id, n]));
    const first = [...order.first, ...order.rest.filter((id) => shown.has(id))];
    const rest = shown.size > 0 ? order.rest.filter((id) => !shown.has(id)) : order.rest;
    this.nodes = readNodes(this.doc, first).map((node) => this.rebuild(shown.get(node.id), node));
    this.reindexNodes();
    this.edgesPartial = rest.length > 0;
    this.edgeIndex.readAll(this.doc, this.viewOf, this.edgesPartial ? this.bothRead : undefined);
    performance.mark("forkline:canvas-first-read");
    this.background.start(rest);
  }

  /** Nodes read in the background go on the canvas, with the edges between what is there. */
  private publishRead(nodes: FlowNode[], done: boolean): void {
    if (nodes.length > 0) {
      this.nodes = [...this.nodes, ...nodes];
      this.reindexNodes();
    }
    this.edgesPartial = !done;
    this.edgeIndex.readAll(this.doc, this.viewOf, done ? undefined : this.bothRead);
    this.emit();
    if (done) performance.mark("forkline:canvas-complete");
  }

  private fullRead(): void {
    const scenario = yDocToScenario(this.doc);
    this.readAt = Y.encodeStateVector(this.doc);
    this.fullReadNeeded = false;
    this.loaded = true;
    this.background.clear();
    this.edgesPartial = false;
    this.context = contextOf(scenario);
    this.startNodeId = scenario.settings.startNodeId;
    const seen = new Set(this.nodes.map((n) => n.id));
    const next: FlowNode[] = [];
    const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
    // Keep the existing order so React Flow's arrays stay stable; new nodes go last.
    for (const existing of this.nodes) {
      const node = byId.get(existing.id);
      if (node) next.push(this.rebuild(existing, node));
    }
    for (const node of scenario.nodes) {
      if (!seen.has(node.id)) next.push(this.rebuild(undefined, node));
    }
    this.nodes = next;
    this.reindexNodes();
    this.edgeIndex.setAll(scenario.edges, this.viewOf);
  }

  private partialRead(): void {
    // A node waiting off the canvas that changed is read again, as it is now, and shown.
    for (const id of [...this.dirtyNodes, ...this.dirtyPositions.keys()]) {
      if (this.background.drop(id)) this.dirtyNodes.add(id);
    }
    const { nodes, structural, restyled } = mergeReadNodes({
      nodes: this.nodes,
      nodeAt: this.nodeAt,
      read: new Map(readNodes(this.doc, [...this.dirtyNodes]).map((n) => [n.id, n])),
      touched: this.dirtyNodes,
      moved: this.dirtyPositions,
      rebuild: (existing, node) => this.rebuild(existing, node),
      withPosition: (node, position) => this.withPosition(node, position),
    });
    this.nodes = nodes;
    if (structural) this.reindexNodes();
    // While opening, the edges are those between the nodes read so far (a change may have added some).
    if (this.edgesPartial) this.edgeIndex.readAll(this.doc, this.viewOf, this.bothRead);
    else this.edgeIndex.update(this.doc, this.dirtyEdges, restyled, this.viewOf);
  }

  /** A flow node for `node`, reusing `existing` when nothing visible changed. */
  private rebuild(existing: FlowNode | undefined, node: ScenarioNode): FlowNode {
    const view = viewOfNode(node, this.context);
    // A node being dragged here keeps its local position; the drag's end writes the final one.
    const position = this.dragging.has(node.id) ? undefined : node.position;
    if (existing && existing.type === node.kind && sameView(existing.data, view)) {
      return position ? this.withPosition(existing, position) : existing;
    }
    return flowNodeOf(node.id, view, position ?? existing?.position ?? node.position, existing);
  }

  private withPosition(node: FlowNode, position: Position): FlowNode {
    if (this.dragging.has(node.id)) return node;
    if (node.position.x === position.x && node.position.y === position.y) return node;
    return { ...node, position: { x: position.x, y: position.y } };
  }

  private reindexNodes(): void {
    this.nodeAt = new Map(this.nodes.map((n, i) => [n.id, i]));
  }

  private applySelection(wanted: ReadonlySet<string>): void {
    const next = withSelection(this.nodes, wanted);
    let changed = next !== this.nodes;
    this.nodes = next;
    if (this.edgeIndex.clearSelection()) changed = true;
    if (changed) {
      this.emit();
      this.emitSelection();
    }
  }

  private emit(): void {
    this.changed.notify();
  }

  private emitSelection(): void {
    const key = selectionKeyOf(this.nodes);
    if (key === this.selectionKey) return;
    this.selectionKey = key;
    this.selectionChanged.notify();
  }
}
