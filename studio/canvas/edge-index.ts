import { applyEdgeChanges, type EdgeChange } from "@xyflow/react";
import type * as Y from "yjs";
import { docMap, EdgeSchema, type Edge as ScenarioEdge } from "../../core";
import { edgeOf } from "./flow-elements";
import type { FlowEdge } from "./flow-types";
import type { NodeView } from "./node-view";

type ViewOf = (nodeId: string) => NodeView | undefined;
/** Whether an edge between these nodes is wanted now. */
type Admit = (source: string, target: string) => boolean;

/**
 * The canvas's edges: the document's edges (read through core's layout and
 * schema) as React Flow edges coloured by their option's effect on the mood.
 * `edges` is replaced only when an edge really changed, because React Flow
 * rebuilds its connection lookup and marker list for every new edges array.
 */
export class EdgeIndex {
  edges: FlowEdge[] = [];
  private sources = new Map<string, ScenarioEdge>();
  private bySource = new Map<string, Set<string>>();
  private at = new Map<string, number>();
  /**
   * Each stored edge value checked once: a Y.Map hands back the same object
   * until the edge is written again, so reading the edges again while a large
   * scenario loads only checks the new ones.
   */
  private parsed = new WeakMap<object, { id: string; edge: ScenarioEdge | null }>();

  /**
   * Reads the document's edges: all of them, or only those `admit` lets in
   * (opening a large scenario: the edges between the nodes read so far, as
   * React Flow does work per edge it is given, drawn or not).
   */
  readAll(doc: Y.Doc, viewOf: ViewOf, admit?: Admit): void {
    const edges = docMap(doc, "edges");
    const sources = new Map<string, ScenarioEdge>();
    for (const [id, value] of edges.entries()) {
      if (typeof value !== "object" || value === null) continue;
      const ends = value as { source?: unknown; target?: unknown };
      if (admit && !admit(String(ends.source), String(ends.target))) continue;
      const edge = this.parse(id, value);
      if (edge) sources.set(id, edge);
    }
    this.sources = sources;
    this.rebuild(viewOf);
  }

  private parse(id: string, value: object): ScenarioEdge | null {
    const cached = this.parsed.get(value);
    if (cached?.id === id) return cached.edge;
    const result = EdgeSchema.safeParse({ ...value, id });
    const edge = result.success ? result.data : null;
    this.parsed.set(value, { id, edge });
    return edge;
  }

  /** Takes the edges of a fully read scenario. */
  setAll(edges: readonly ScenarioEdge[], viewOf: ViewOf): void {
    this.sources = new Map(edges.map((e) => [e.id, e]));
    this.rebuild(viewOf);
  }

  /** Re-reads the given edges, then recolours the edges leaving `touchedSources`. */
  update(
    doc: Y.Doc,
    dirty: ReadonlySet<string>,
    touchedSources: Set<string>,
    viewOf: ViewOf,
  ): void {
    if (dirty.size > 0) {
      const edges = docMap(doc, "edges");
      for (const id of dirty) {
        const parsed = EdgeSchema.safeParse({ ...(edges.get(id) ?? {}), id });
        if (edges.has(id) && parsed.success) this.sources.set(id, parsed.data);
        else this.sources.delete(id);
      }
      this.rebuild(viewOf);
      return;
    }
    this.recolour(touchedSources, viewOf);
  }

  /** A node's options may have changed their effect on the mood: recolour its edges only. */
  private recolour(sources: Iterable<string>, viewOf: ViewOf): void {
    let next: FlowEdge[] | null = null;
    for (const source of sources) {
      for (const edgeId of this.bySource.get(source) ?? []) {
        const at = this.at.get(edgeId);
        const edge = this.sources.get(edgeId);
        if (at === undefined || !edge) continue;
        const current = (next ?? this.edges)[at];
        const updated = edgeOf(edge, viewOf(edge.source), current);
        if (updated === current) continue;
        next ??= this.edges.slice();
        next[at] = updated;
      }
    }
    if (next) this.edges = next;
  }

  /** Applies React Flow's local changes (selection); true if anything changed. */
  applyChanges(changes: EdgeChange<FlowEdge>[]): boolean {
    const next = applyEdgeChanges(changes, this.edges);
    if (next === this.edges) return false;
    this.edges = next;
    return true;
  }

  /** Deselects every edge; true if any was selected. */
  clearSelection(): boolean {
    if (!this.edges.some((e) => e.selected)) return false;
    this.edges = this.edges.map((e) => (e.selected ? { ...e, selected: false } : e));
    return true;
  }

  private rebuild(viewOf: ViewOf): void {
    const previous = new Map(this.edges.map((e) => [e.id, e]));
    const next: FlowEdge[] = [];
    this.bySource = new Map();
    for (const edge of this.sources.values()) {
      next.push(edgeOf(edge, viewOf(edge.source), previous.get(edge.id)));
      const set = this.bySource.get(edge.source);
      if (set) set.add(edge.id);
      else this.bySource.set(edge.source, new Set([edge.id]));
    }
    // The same edges in the same order: React Flow keeps its lookups.
    if (next.length === this.edges.length && next.every((e, i) => e === this.edges[i])) return;
    this.edges = next;
    this.at = new Map(next.map((e, i) => [e.id, i]));
  }
}
