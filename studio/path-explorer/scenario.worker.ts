/// <reference lib="webworker" />
import * as Y from "yjs";
import { type Scenario, yDocToScenario } from "../../core";
import { describePath } from "./describe-path";
import { analysisIndex, coverageOf, listPaths, summarizePaths } from "./explore-scenario";
import { ScenarioRequestSchema, type ScenarioResponse } from "./explorer-protocol";

/**
 * Keeps a replica of the scenario document, fed the same updates as the page,
 * and answers the preview's and the path explorer's questions about it. Reading
 * a 1,000-node document takes a few hundred milliseconds and exploring its paths
 * longer still: none of it runs on the page's thread.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const doc = new Y.Doc();
let cached: Scenario | null = null;

const post = (message: ScenarioResponse) => scope.postMessage(message);
const reason = (err: unknown) => (err instanceof Error ? err.message : String(err));

function scenario(): Scenario {
  cached ??= yDocToScenario(doc);
  return cached;
}

function explore(id: number, settings: Parameters<typeof listPaths>[2]): void {
  const s = scenario();
  const ix = analysisIndex(s);
  // Three messages, cheapest first, so the panel fills in as each part is ready.
  let started = performance.now();
  post({ type: "summary", id, summary: summarizePaths(s, ix), ms: performance.now() - started });
  started = performance.now();
  post({ type: "paths", id, listing: listPaths(s, ix, settings), ms: performance.now() - started });
  started = performance.now();
  post({
    type: "coverage",
    id,
    coverage: coverageOf(s, ix, settings),
    ms: performance.now() - started,
  });
}

scope.onmessage = (event: MessageEvent) => {
  const parsed = ScenarioRequestSchema.safeParse(event.data);
  if (!parsed.success) {
    post({ type: "failed", id: null, error: `bad request: ${parsed.error.message}` });
    return;
  }
  const request = parsed.data;
  if (request.type === "update") {
    try {
      Y.applyUpdate(doc, request.update);
      cached = null;
    } catch (err) {
      post({ type: "failed", id: null, error: reason(err) });
    }
    return;
  }
  try {
    switch (request.type) {
      case "snapshot":
        post({ type: "snapshot", id: request.id, scenario: scenario() });
        break;
      case "explore":
        explore(request.id, request.settings);
        break;
      case "describe":
        post({
          type: "described",
          id: request.id,
          description: describePath(scenario(), request.choices, request.difficulty),
        });
        break;
    }
  } catch (err) {
    post({ type: "failed", id: request.id, error: reason(err) });
  }
};
