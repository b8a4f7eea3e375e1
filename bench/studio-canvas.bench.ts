/**
 * Canvas benchmark: the production studio served by the real server, in
 * headless Chromium.
 *
 *   node --import tsx bench/studio-canvas.bench.ts [--runs 5] [--sizes 1000,3000,5000] [--drag-sizes 1000,3000]
 *
 * An empty list skips that part (`--drag-sizes ''`).
 *
 * 1. Open until interactive, at 1,000 / 3,000 / 5,000 nodes (targets 0.4 s,
 *    1.1 s, 2 s). "Interactive" means: from navigation start until the first
 *    frame painted after a real mouse click on a node has selected it. The
 *    click is sent as soon as a node is on screen (what a click there would
 *    hit), so the figure includes getting the page, drawing the opening view
 *    and answering input: on the view the server draws into the page (the
 *    first paint: look, select, pan, zoom) when there is one, else on the
 *    canvas's own read-only first view or the document itself. "Canvas" is
 *    when the app's canvas has taken over from the first paint; "editable" is
 *    when the document has been read and the canvas takes edits. The first
 *    run of each size starts with a cold HTTP cache; medians are over the
 *    other runs.
 * 2. Dragging one node at 1,000 and 3,000 nodes: frame times (between
 *    requestAnimationFrame callbacks) while the pointer moves continuously,
 *    and long tasks seen by a PerformanceObserver. Targets: p95 at most
 *    16.7 ms with no long task over 50 ms at 1,000 nodes; p95 at most 33 ms at
 *    3,000.
 *
 * Scenarios come from the seeded generator and go in through the REST import.
 */
import { execFileSync } from "node:child_process";
import { request } from "node:http";
import type { Browser, Page } from "playwright-core";
import { writeScenario } from "../core";
import { launchChromium } from "../tests/support/chromium";
import { startServerProcess } from "../tests/support/server-process";
import { generateScenario } from "./support/generate-scenario";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const RUNS = Number(arg("runs", "5"));
/** A comma-separated list of node counts; an empty list (`--drag-sizes ''`) skips that part. */
const sizes = (list: string) => list.split(",").filter(Boolean).map(Number);
const SIZES = sizes(arg("sizes", "1000,3000,5000"));
const DRAG_SIZES = sizes(arg("drag-sizes", "1000,3000"));
const DRAG_MOVES = Number(arg("drag-moves", "150"));
const VIEWPORT = { width: 1440, height: 900 };

const OPEN_TARGET: Record<number, number> = { 1000: 400, 3000: 1100, 5000: 2000 };
const DRAG_TARGET: Record<number, number> = { 1000: 16.7, 3000: 33 };
/**
 * requestAnimationFrame deltas scatter around the display interval (16.6-16.8 ms
 * at 60 Hz); a frame that keeps up with the display counts as meeting 16.7 ms.
 */
const VSYNC_JITTER_MS = 0.5;

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const fmt = (x: number) => `${x.toFixed(0)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Installed before any page script: records when a node first shows as selected, and the frame after. */
const INIT_SCRIPT = `
  window.__bench = { selectedAt: null, paintedAt: null, firstNodesAt: null, syncAt: null, syncBytes: 0, socketAt: null, openAt: null, pointerAt: null };
  window.addEventListener("pointerdown", (event) => {
    if (window.__bench.pointerAt === null) window.__bench.pointerAt = event.timeStamp;
  }, true);
  const NativeWebSocket = window.WebSocket;
  window.WebSocket = class extends NativeWebSocket {
    constructor(...args) {
      super(...args);
      if (window.__bench.socketAt === null) window.__bench.socketAt = performance.now();
      this.addEventListener("open", () => {
        if (window.__bench.openAt === null) window.__bench.openAt = performance.now();
      });
      this.addEventListener("message", (event) => {
        const size = event.data.byteLength ?? event.data.size ?? event.data.length ?? 0;
        if (size > window.__bench.syncBytes) {
          window.__bench.syncBytes = size;
          window.__bench.syncAt = performance.now();
        }
      });
    }
  };
  new MutationObserver((_, observer) => {
    const b = window.__bench;
    if (b.firstNodesAt === null && document.querySelector(".react-flow__node")) b.firstNodesAt = performance.now();
    if (b.selectedAt === null && document.querySelector(".react-flow__node.selected")) {
      b.selectedAt = performance.now();
      requestAnimationFrame(() => { b.paintedAt = performance.now(); });
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["class"] });
`;

/** Page scripts are strings: the TypeScript loader would otherwise wrap inner functions in a helper the page does not have. */
const READ_OPEN_FIGURES = `({
  firstNodes: window.__bench.firstNodesAt,
  interactive: window.__bench.paintedAt,
  syncAt: window.__bench.syncAt,
  syncBytes: window.__bench.syncBytes,
  socketAt: window.__bench.socketAt,
  openAt: window.__bench.openAt,
  pointerAt: window.__bench.pointerAt,
  synced: performance.getEntriesByName("forkline:synced")[0]?.startTime ?? null,
  firstView: performance.getEntriesByName("forkline:first-view")[0]?.startTime ?? null,
  firstRead: performance.getEntriesByName("forkline:canvas-first-read")[0]?.startTime ?? null,
  handedOver: performance.getEntriesByName("forkline:first-paint-handed-over")[0]?.startTime ?? null,
  rendered: document.querySelectorAll(".react-flow__node").length,
})`;

const START_FRAME_RECORDING = `(() => {
  window.__drag = { frames: [], longTasks: [], longTaskStarts: [], on: true };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!window.__drag.on) continue;
      window.__drag.longTasks.push(entry.duration);
      window.__drag.longTaskStarts.push(entry.startTime);
    }
  }).observe({ type: "longtask" });
  let last = 0;
  const tick = (now) => {
    if (!window.__drag.on) return;
    window.__drag.frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame((now) => {
    last = now;
    requestAnimationFrame(tick);
  });
})()`;

const STOP_FRAME_RECORDING = `(() => {
  window.__drag.on = false;
  return { frames: window.__drag.frames, longTasks: window.__drag.longTasks, longTaskStarts: window.__drag.longTaskStarts };
})()`;

/** POSTs a body with node:http: large uploads through fetch were cut off with EPIPE here. */
function post(url: string, body: string): Promise<{ status: number; text: string }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => {
          text += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

async function importScenario(url: string, nodes: number): Promise<string> {
  const scenario = generateScenario({ nodes, seed: 11 });
  const response = await post(`${url}/api/scenarios/import`, writeScenario(scenario));
  if (response.status !== 201) {
    throw new Error(`import of ${nodes} nodes: ${response.status} ${response.text}`);
  }
  return (JSON.parse(response.text) as { id: string }).id;
}

/**
 * The middle of the first node header on screen, in page coordinates, or null while there is
 * none: the header must be what a click there would hit (not hidden, not covered).
 */
const FIRST_HEADER_CENTRE = `(() => {
  for (const header of document.querySelectorAll(".react-flow__node .fl-node__header")) {
    const r = header.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (r.width > 0 && header.contains(document.elementFromPoint(x, y))) return { x, y };
  }
  return null;
})()`;

/**
 * Clicks the middle of a drawn node's header with the mouse, as soon as there
 * is one: the page is asked every few milliseconds (Playwright's own waiting
 * backs off to half a second, which would be measured as the studio's time).
 */
async function clickSomeNode(page: Page): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    // Right after the navigation commits the page may have no script context yet.
    const centre = (await page.evaluate(FIRST_HEADER_CENTRE).catch(() => null)) as {
      x: number;
      y: number;
    } | null;
    if (centre) {
      await page.mouse.click(centre.x, centre.y);
      return;
    }
    if (Date.now() > deadline) throw new Error("no node was drawn within two minutes");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

interface OpenFigures {
  firstNodes: number;
  interactive: number;
  syncAt: number;
  syncBytes: number;
  /** When the studio opened its collaboration socket. */
  socketAt: number;
  /** When the socket's open event reached the page (the provider sends its sync request then). */
  openAt: number;
  /** When the click's pointerdown reached the page (its paint is `interactive`). */
  pointerAt: number;
  /** The provider's sync event and the canvas's first read, from the studio's performance marks. */
  synced: number | null;
  /** When the server's first view was drawn from (before the document, or never). */
  firstView: number | null;
  firstRead: number | null;
  /** When the app's canvas took over from the server's first paint (null: there was none). */
  handedOver: number | null;
  rendered: number;
}

async function openOnce(browser: Browser, url: string, id: string, fresh: boolean) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  if (!fresh) {
    // Warm the HTTP cache with the app's files, as a designer who has the studio open already would.
    const warm = await context.newPage();
    await warm.goto(`${url}/`);
    await warm.waitForLoadState("networkidle");
    await warm.close();
  }
  const page = await context.newPage();
  await page.addInitScript(INIT_SCRIPT);
  // Not waiting for the load event: the click goes as soon as a node is on screen, whenever that is.
  await page.goto(`${url}/s/${id}`, { waitUntil: "commit" });
  await clickSomeNode(page);
  await page.waitForFunction("window.__bench.paintedAt !== null");
  // A click on the first view can come before the document is read: wait for that too.
  await page.waitForFunction(
    'performance.getEntriesByName("forkline:canvas-first-read").length > 0',
    undefined,
    { timeout: 120_000 },
  );
  const figures = (await page.evaluate(READ_OPEN_FIGURES)) as OpenFigures;
  await context.close();
  return figures;
}

async function openBenchmark(
  browser: Browser,
  url: string,
  ids: Map<number, string>,
): Promise<void> {
  if (SIZES.length === 0) return;
  console.log(
    "\nOpen until interactive (navigation start → first frame after a click on a node selected it)",
  );
  console.log(
    "nodes  | cold     | median   | canvas   | editable | median run: socket created → open event → document arrived → applied (sync) → first read → nodes drawn | click → painted | DOM nodes | target",
  );
  for (const size of SIZES) {
    const id = ids.get(size)!;
    const runs: OpenFigures[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await openOnce(browser, url, id, run === 0));
    const warm = runs.length > 1 ? runs.slice(1) : runs;
    const sorted = [...warm].sort((a, b) => a.interactive - b.interactive);
    const mid = sorted[Math.floor(sorted.length / 2)]!;
    const target = OPEN_TARGET[size];
    const verdict = target ? `≤ ${target} ms ${mid.interactive <= target ? "met" : "MISSED"}` : "";
    const mb = (mid.syncBytes / 1024 / 1024).toFixed(1);
    const breakdown = `${fmt(mid.socketAt)} → open ${fmt(mid.openAt)} → ${mb} MB at ${fmt(mid.syncAt)} → ${fmt(mid.synced ?? Number.NaN)} → ${fmt(mid.firstRead ?? Number.NaN)} → ${fmt(mid.firstNodes)}; first view ${mid.firstView === null ? "none" : fmt(mid.firstView)}`;
    const answer = fmt(mid.interactive - mid.pointerAt);
    // Clicked on the server's first view, the canvas answers before the document is read; the
    // document read (the canvas editable) is its own figure.
    const editable = fmt(median(warm.map((r) => r.firstRead ?? Number.NaN)));
    const canvas = fmt(
      median(warm.map((r) => r.handedOver ?? r.firstView ?? r.firstRead ?? Number.NaN)),
    );
    console.log(
      `${String(size).padEnd(6)} | ${fmt(runs[0]!.interactive).padEnd(8)} | ${fmt(mid.interactive).padEnd(8)} | ${canvas.padEnd(8)} | ${editable.padEnd(8)} | ${breakdown.padEnd(66)} | ${answer.padEnd(15)} | ${String(mid.rendered).padEnd(9)} | ${verdict}`,
    );
  }
}

interface DragFigures {
  frames: number[];
  longTasks: number[];
  /** How many of the long tasks over 50 ms started after the pointer was released. */
  longAfterDrop: number;
  moved: boolean;
}

async function dragOnce(browser: Browser, url: string, id: string): Promise<DragFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(`${url}/s/${id}`);
  await clickSomeNode(page);
  // Measure the steady state: every node read, start-up work (analysis in its worker, the
  // inspector's code) settled.
  await page.waitForFunction(
    'performance.getEntriesByName("forkline:canvas-complete").length > 0',
    undefined,
    {
      timeout: 120_000,
    },
  );
  await page.waitForTimeout(2000);
  const header = page.locator(".react-flow__node.selected .fl-node__header").first();
  const box = (await header.boundingBox())!;
  const nodeId = await page.locator(".react-flow__node.selected").first().getAttribute("data-id");
  const before = await header.evaluate((el) =>
    el.closest(".react-flow__node")!.getAttribute("style"),
  );
  await page.evaluate(START_FRAME_RECORDING);
  const x0 = box.x + box.width / 2;
  const y0 = box.y + box.height / 2;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (let i = 1; i <= DRAG_MOVES; i++) {
    const t = i / DRAG_MOVES;
    await page.mouse.move(x0 + 400 * t, y0 + 160 * Math.sin(t * Math.PI * 2));
  }
  const dropAt = (await page.evaluate("performance.now()")) as number;
  await page.mouse.up();
  await page.waitForTimeout(300);
  const { longTaskStarts, ...result } = (await page.evaluate(STOP_FRAME_RECORDING)) as {
    frames: number[];
    longTasks: number[];
    longTaskStarts: number[];
  };
  const longAfterDrop = result.longTasks.filter(
    (d, i) => d > 50 && longTaskStarts[i]! + d > dropAt,
  ).length;
  const after = await page
    .locator(`.react-flow__node[data-id="${nodeId}"]`)
    .evaluate((el) => el.getAttribute("style"));
  await context.close();
  return { ...result, longAfterDrop, moved: before !== after };
}

async function dragBenchmark(
  browser: Browser,
  url: string,
  ids: Map<number, string>,
): Promise<void> {
  if (DRAG_SIZES.length === 0) return;
  console.log(`\nDragging one node (${DRAG_MOVES} pointer moves, continuous)`);
  console.log(
    "nodes  | frames | p50      | p95      | max      | frames over 25 ms | long tasks (> 50 ms, after the drop) | target",
  );
  for (const size of DRAG_SIZES) {
    const id = ids.get(size) ?? (await importScenario(url, size));
    const frames: number[] = [];
    const longTasks: number[] = [];
    let longAfterDrop = 0;
    for (let run = 0; run < Math.max(1, Math.min(RUNS, 3)); run++) {
      const figures = await dragOnce(browser, url, id);
      if (!figures.moved) throw new Error("the dragged node did not move");
      frames.push(...figures.frames.slice(1));
      longTasks.push(...figures.longTasks);
      longAfterDrop += figures.longAfterDrop;
    }
    const p95 = percentile(frames, 95);
    const target = DRAG_TARGET[size];
    const over50 = longTasks.filter((d) => d > 50);
    console.log(
      `${String(size).padEnd(6)} | ${String(frames.length).padEnd(6)} | ${`${percentile(frames, 50).toFixed(1)} ms`.padEnd(8)} | ${`${p95.toFixed(1)} ms`.padEnd(8)} | ${`${Math.max(...frames).toFixed(1)} ms`.padEnd(8)} | ${String(frames.filter((f) => f > 25).length).padEnd(17)} | ${`${longTasks.length} (${over50.length} over 50 ms${over50.length ? `, longest ${Math.max(...over50).toFixed(0)} ms, ${longAfterDrop} after the drop` : ""})`.padEnd(36)} | ${target ? `p95 ≤ ${target} ms ${p95 <= target + VSYNC_JITTER_MS ? "met" : "MISSED"}` : ""}`,
    );
  }
}

execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
const server = await startServerProcess();
const browser = await launchChromium();
try {
  console.log(
    `Studio canvas benchmark: ${RUNS} runs per size, viewport ${VIEWPORT.width}×${VIEWPORT.height}`,
  );
  const ids = new Map<number, string>();
  for (const size of new Set([...SIZES, ...DRAG_SIZES]))
    ids.set(size, await importScenario(server.url, size));
  if (SIZES.length > 0) await openBenchmark(browser, server.url, ids);
  if (DRAG_SIZES.length > 0) await dragBenchmark(browser, server.url, ids);
} finally {
  await browser.close();
  await server.stop();
}
