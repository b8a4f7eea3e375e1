import * as Y from "yjs";
import type { Difficulty, Scenario } from "../../core";
import {
  type ExplorerSettings,
  type PathDescription,
  type ScenarioRequest,
  type ScenarioResponse,
  ScenarioResponseSchema,
} from "./explorer-protocol";

type ExplorePart = Extract<ScenarioResponse, { type: "summary" | "paths" | "coverage" }>;

interface Pending {
  request: ScenarioRequest;
  resolve: (response: ScenarioResponse) => void;
  reject: (error: Error) => void;
}

interface Exploration {
  id: number;
  request: ScenarioRequest;
  onPart: (part: ExplorePart) => void;
  onError: (error: string) => void;
  partsLeft: number;
}

/**
 * The page's side of the scenario worker: starts it with the document's
 * state, forwards every update, and turns its answers into promises and
 * callbacks. A new exploration while one is still running restarts the
 * worker, which is the only way to stop synchronous work in it.
 */
export class ScenarioReplica {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private exploration: Exploration | null = null;
  private readonly changeListeners = new Set<() => void>();
  private readonly forward = (update: Uint8Array) => {
    this.worker?.postMessage({ type: "update", update } satisfies ScenarioRequest);
    for (const listener of this.changeListeners) listener();
  };

  constructor(private readonly doc: Y.Doc) {
    this.spawn();
    doc.on("update", this.forward);
  }

  /** The scenario as the document holds it now. */
  snapshot(): Promise<Scenario> {
    return this.ask({ type: "snapshot", id: this.nextId++ }).then((r) => {
      if (r.type !== "snapshot") throw new Error(`unexpected answer ${r.type}`);
      return r.scenario;
    });
  }

  /** Plays one explored path through the engine, for a comparison. */
  describe(choices: readonly string[], difficulty: Difficulty | null): Promise<PathDescription> {
    return this.ask({
      type: "describe",
      id: this.nextId++,
      choices: [...choices],
      difficulty,
    }).then((r) => {
      if (r.type !== "described") throw new Error(`unexpected answer ${r.type}`);
      return r.description;
    });
  }

  /** Runs the path analyses; parts arrive one by one (summary, paths, coverage). */
  explore(
    settings: ExplorerSettings,
    onPart: (part: ExplorePart) => void,
    onError: (error: string) => void,
  ): void {
    if (this.exploration) this.restart();
    const id = this.nextId++;
    const request: ScenarioRequest = { type: "explore", id, settings };
    this.exploration = { id, request, onPart, onError, partsLeft: 3 };
    this.worker?.postMessage(request);
  }

  /** Called on every change to the document (to say an analysis is out of date). */
  subscribeChanges(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  dispose(): void {
    this.doc.off("update", this.forward);
    this.worker?.terminate();
    this.worker = null;
    this.exploration = null;
    for (const p of this.pending.values()) p.reject(new Error("the scenario worker was closed"));
    this.pending.clear();
    this.changeListeners.clear();
  }

  private ask(request: Exclude<ScenarioRequest, { type: "update" }>): Promise<ScenarioResponse> {
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { request, resolve, reject });
      this.worker?.postMessage(request);
    });
  }

  private spawn(): void {
    const worker = new Worker(new URL("./scenario.worker.ts", import.meta.url), {
      type: "module",
    });
    worker.onmessage = (event: MessageEvent) => this.receive(event.data);
    worker.onerror = (event) => this.failAll(event.message || "the scenario worker failed");
    worker.postMessage({
      type: "update",
      update: Y.encodeStateAsUpdate(this.doc),
    } satisfies ScenarioRequest);
    this.worker = worker;
  }

  /** Stops whatever the worker is doing; questions still waiting are asked again. */
  private restart(): void {
    this.worker?.terminate();
    this.exploration = null;
    this.spawn();
    for (const p of this.pending.values()) this.worker?.postMessage(p.request);
  }

  private receive(data: unknown): void {
    const parsed = ScenarioResponseSchema.safeParse(data);
    if (!parsed.success) {
      this.failAll(`unreadable answer from the scenario worker: ${parsed.error.message}`);
      return;
    }
    const response = parsed.data;
    const run = this.exploration;
    if (response.type === "failed") {
      if (response.id === null) {
        this.failAll(response.error);
        return;
      }
      if (run && run.id === response.id) {
        this.exploration = null;
        run.onError(response.error);
      }
      const pending = this.pending.get(response.id);
      this.pending.delete(response.id);
      pending?.reject(new Error(response.error));
      return;
    }
    if (response.type === "summary" || response.type === "paths" || response.type === "coverage") {
      if (!run || run.id !== response.id) return;
      if (--run.partsLeft === 0) this.exploration = null;
      run.onPart(response);
      return;
    }
    const pending = this.pending.get(response.id);
    this.pending.delete(response.id);
    pending?.resolve(response);
  }

  private failAll(error: string): void {
    const run = this.exploration;
    this.exploration = null;
    run?.onError(error);
    for (const p of this.pending.values()) p.reject(new Error(error));
    this.pending.clear();
  }
}
