import type { LayoutRequest } from "./layout-protocol";
import { LayoutResponseSchema } from "./layout-protocol";

let worker: Worker | null = null;
let nextId = 1;

/** Lays the graph out in a Web Worker; resolves with a position per node id. */
export function runAutoLayout(
  graph: Omit<LayoutRequest, "requestId">,
): Promise<Record<string, { x: number; y: number }>> {
  worker ??= new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
  const requestId = nextId++;
  const w = worker;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent) => {
      const parsed = LayoutResponseSchema.safeParse(event.data);
      if (!parsed.success || parsed.data.requestId !== requestId) return;
      w.removeEventListener("message", onMessage);
      if (parsed.data.ok) resolve(parsed.data.positions);
      else reject(new Error(parsed.data.error));
    };
    w.addEventListener("message", onMessage);
    w.postMessage({ ...graph, requestId } satisfies LayoutRequest);
  });
}
