import { applyEdgeChanges, type EdgeChange } from "@xyflow/react";
import type * as Y from "yjs";
import { docMap, EdgeSchema, type Edge as ScenarioEdge } from "../../core";
import { edgeOf } from "./flow-elements";
import type { FlowEdge } from "./flow-types";
import type { NodeView } from "./node-view";

type ViewOf = (nodeId: string) => NodeView | undefined;

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

  /** Reads every edge of the document. */
  readAll(doc: Y.Doc, viewOf: ViewOf): void {
    const edges = docMap(doc, "edges");
    const sources = new Map<string, ScenarioEdge>();
    for (const id of edges.keys()) {
      const parsed = EdgeSchema.safeParse({ ...(edges.get(id) ?? {}), id });
      if (parsed.success) sources.set(id, parsed.data);
    }
    this.sources = sources;
    this.rebuild(viewOf);
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
  recolour(sources: Iterable<string>, viewOf: ViewOf): void {
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
    this.edges = next;
    this.at = new Map(next.map((e, i) => [e.id, i]));
  }
}
