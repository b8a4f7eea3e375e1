import type { Scenario } from "../../core";
import type { UpdateFeed } from "../collab/update-feed";
import {
  type AnalysisRequest,
  AnalysisResponseSchema,
  type DiagnosticItem,
} from "./analysis-protocol";

export interface DiagnosticsState {
  items: readonly DiagnosticItem[];
  errors: number;
  warnings: number;
  /** False until the first analysis of the synced document has come back. */
  ready: boolean;
  failure: string | null;
  /** The scenario the worker analysed, when asked for with `wantScenario`. */
  scenario: Scenario | null;
}

const EMPTY: DiagnosticsState = {
  items: [],
  errors: 0,
  warnings: 0,
  ready: false,
  failure: null,
  scenario: null,
};

/**
 * A worker holding a replica of the document, fed every update of the page's
 * document (the first sync as the server sent it: nothing is encoded again on
 * the page's thread), that runs core's analyze() (and, on request, derives
 * the scenario) off the main thread.
 */
export class AnalysisMirror {
  state: DiagnosticsState = EMPTY;
  private worker: Worker | null = null;
  /** What is for the worker before it runs. */
  private queued: AnalysisRequest[] = [];
  private spawning: number | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly unsubscribe: () => void;

  constructor(feed: UpdateFeed) {
    this.unsubscribe = feed.subscribe(this.send);
  }

  /**
   * Analysis starts once the document is complete (after the first sync). The
   * worker itself (its code, its own copy of the document) starts when the
   * page is next idle: on a small machine it would otherwise take a core from
   * drawing the canvas the designer is waiting for.
   */
  start(): void {
    this.post({ type: "start" });
    if (this.worker || this.spawning !== null) return;
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 50));
    this.spawning = idle(this.spawn, { timeout: 1000 });
  }

  wantScenario(value: boolean): void {
    this.post({ type: "want-scenario", value });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  destroy(): void {
    this.unsubscribe();
    if (this.spawning !== null) (window.cancelIdleCallback ?? window.clearTimeout)(this.spawning);
    this.worker?.terminate();
    this.queued = [];
    this.listeners.clear();
  }

  private readonly spawn = (): void => {
    this.spawning = null;
    const worker = new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = this.onMessage;
    for (const message of this.queued) worker.postMessage(message);
    this.queued = [];
    this.worker = worker;
  };

  private readonly send = (update: Uint8Array, v2: boolean): void => {
    this.post({ type: "update", update, v2 });
  };

  private post(message: AnalysisRequest): void {
    if (this.worker) this.worker.postMessage(message);
    else this.queued.push(message);
  }

  private readonly onMessage = (event: MessageEvent): void => {
    const parsed = AnalysisResponseSchema.safeParse(event.data);
    if (!parsed.success) return;
    const data = parsed.data;
    if (data.type === "failed") {
      this.update({ ...this.state, failure: data.error });
      return;
    }
    let errors = 0;
    let warnings = 0;
    for (const d of data.diagnostics) {
      if (d.severity === "error") errors++;
      else if (d.severity === "warning") warnings++;
    }
    this.update({
      items: data.diagnostics,
      errors,
      warnings,
      ready: true,
      failure: null,
      scenario: (data.scenario as Scenario | undefined) ?? this.state.scenario,
    });
  };

  private update(state: DiagnosticsState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
