import * as Y from "yjs";
import type { Scenario } from "../../core";
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
 * A worker holding a replica of the document, fed every update the page's
 * document emits, that runs core's analyze() (and, on request, derives the
 * scenario) off the main thread. Created before the provider connects, so the
 * big first sync reaches it as the update Yjs already encoded for the
 * provider: nothing is encoded twice on the page's thread.
 */
export class AnalysisMirror {
  state: DiagnosticsState = EMPTY;
  private readonly worker: Worker;
  private readonly listeners = new Set<() => void>();

  /** `earlier`: every update the document emitted before now, if someone kept them. */
  constructor(
    private readonly doc: Y.Doc,
    earlier?: readonly Uint8Array[],
  ) {
    this.worker = new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module" });
    this.worker.onmessage = this.onMessage;
    if (earlier) for (const update of earlier) this.send(update);
    // A document that already has content nobody kept is sent whole once.
    else if (doc.store.clients.size > 0) this.send(Y.encodeStateAsUpdate(doc));
    doc.on("update", this.send);
  }

  /** Analysis starts once the document is complete (after the first sync). */
  start(): void {
    this.post({ type: "start" });
  }

  wantScenario(value: boolean): void {
    this.post({ type: "want-scenario", value });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  destroy(): void {
    this.doc.off("update", this.send);
    this.worker.terminate();
    this.listeners.clear();
  }

  private readonly send = (update: Uint8Array): void => {
    this.post({ type: "update", update });
  };

  private post(message: AnalysisRequest): void {
    this.worker.postMessage(message);
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
