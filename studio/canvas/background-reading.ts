import { scheduleBackgroundTask } from "./background-task";
import type { FlowNode } from "./flow-types";

/** Nodes per batch, and the time one slice may take. */
const SLICE_NODES = 100;
const SLICE_MS = 12;
/** At most this often, nodes read in the background go on the canvas while the view moves. */
const PUBLISH_INTERVAL_MS = 400;

export interface BackgroundReadingHost {
  /** Reads these nodes (skipping any the canvas has already). */
  read(ids: readonly string[]): FlowNode[];
  isShown(id: string): boolean;
  /** Puts `nodes` on the canvas; `done` when nothing is left to read. */
  publish(nodes: FlowNode[], done: boolean): void;
  /** The count of nodes read changed. */
  progress(): void;
}

/**
 * After a large scenario has opened on the nodes around its start, reads the
 * rest in slices, one task each, so input and frames get their turn between
 * them. Every hand-over to React Flow costs a pass over all its nodes and
 * edges, so what is read waits here until it may be seen: when the view has
 * moved (at most a few times a second), and when everything is read.
 */
export class BackgroundReading {
  /** Not read yet, nearest to the first view first. */
  private pending: string[] = [];
  /** Read, not on the canvas yet. */
  private readonly staged = new Map<string, FlowNode>();
  private cancel: (() => void) | null = null;
  private lastProgress = 0;
  private viewMoved = false;

  constructor(private readonly host: BackgroundReadingHost) {}

  /** Nodes not on the canvas yet (read or not). */
  get remaining(): number {
    return this.pending.length + this.staged.size;
  }

  /** Nodes not read yet. */
  get unread(): number {
    return this.pending.length;
  }

  /** Nodes read so far that are not on the canvas yet. */
  get stagedNodes(): Iterable<FlowNode> {
    return this.staged.values();
  }

  start(ids: string[]): void {
    this.clear();
    this.pending = ids;
    this.lastProgress = performance.now();
    this.resume();
  }

  /** Continues after `pause` (or does nothing when there is nothing left). */
  resume(): void {
    if (this.cancel !== null || this.pending.length + this.staged.size === 0) return;
    this.cancel = scheduleBackgroundTask(() => {
      this.cancel = null;
      this.slice();
    });
  }

  pause(): void {
    this.cancel?.();
    this.cancel = null;
  }

  /** Forgets everything (the document was read whole). */
  clear(): void {
    this.pause();
    this.pending = [];
    this.staged.clear();
  }

  /** The canvas's view moved: what has been read may be on screen. */
  noteViewMoved(): void {
    this.viewMoved = true;
  }

  /** A node changed in the document: if it waits here, it is dropped (the caller reads it now). */
  drop(id: string): boolean {
    return this.staged.delete(id);
  }

  private slice(): void {
    const started = performance.now();
    while (this.pending.length > 0 && performance.now() - started < SLICE_MS) {
      const batch = this.pending
        .splice(0, SLICE_NODES)
        .filter((id) => !this.staged.has(id) && !this.host.isShown(id));
      for (const node of this.host.read(batch)) this.staged.set(node.id, node);
    }
    const done = this.pending.length === 0;
    const now = performance.now();
    if (done || now - this.lastProgress > PUBLISH_INTERVAL_MS) {
      this.lastProgress = now;
      if (done || this.viewMoved) {
        this.viewMoved = false;
        const nodes = [...this.staged.values()].filter((n) => !this.host.isShown(n.id));
        this.staged.clear();
        this.host.publish(nodes, done);
      }
      this.host.progress();
    }
    this.resume();
  }
}
