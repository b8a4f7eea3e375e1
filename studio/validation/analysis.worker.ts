/// <reference lib="webworker" />
import * as Y from "yjs";
import { analyze, positionsArray, yDocToScenario } from "../../core";
import { AnalysisRequestSchema, type AnalysisResponse } from "./analysis-protocol";

/**
 * Keeps a replica of the scenario document (fed the same updates as the page)
 * and runs core's analyze() on it off the main thread, once edits pause.
 * Moving nodes is left out: no diagnostic depends on where a node sits, and
 * every answer costs the page a structured clone and a render of what shows
 * it, right after the drag that caused it.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const doc = new Y.Doc();
const positions = positionsArray(doc);
const SETTLE_MS = 250;
let timer: ReturnType<typeof setTimeout> | null = null;
let wantScenario = false;
let started = false;
/** Whether the last update changed anything analysis reads (anything but positions). */
let analysedPartChanged = false;
doc.on("afterTransaction", (transaction: Y.Transaction) => {
  for (const type of transaction.changed.keys()) if (type !== positions) analysedPartChanged = true;
});

function run(): void {
  timer = null;
  const started = performance.now();
  let response: AnalysisResponse;
  try {
    const scenario = yDocToScenario(doc);
    const diagnostics = analyze(scenario);
    response = { type: "diagnostics", diagnostics, ms: performance.now() - started };
    if (wantScenario) response.scenario = scenario;
  } catch (err) {
    response = { type: "failed", error: String(err) };
  }
  scope.postMessage(response);
}

scope.onmessage = (event: MessageEvent) => {
  const parsed = AnalysisRequestSchema.safeParse(event.data);
  if (!parsed.success) return;
  if (parsed.data.type === "start") {
    started = true;
    schedule();
    return;
  }
  if (parsed.data.type === "want-scenario") {
    wantScenario = parsed.data.value;
    if (wantScenario) schedule();
    return;
  }
  analysedPartChanged = false;
  try {
    if (parsed.data.v2) Y.applyUpdateV2(doc, parsed.data.update);
    else Y.applyUpdate(doc, parsed.data.update);
  } catch (err) {
    scope.postMessage({ type: "failed", error: String(err) } satisfies AnalysisResponse);
    return;
  }
  if (analysedPartChanged) schedule();
};

function schedule(): void {
  if (!started) return;
  if (timer !== null) clearTimeout(timer);
  timer = setTimeout(run, SETTLE_MS);
}
