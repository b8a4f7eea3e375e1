/**
 * Preview and path explorer benchmark, on a 1,000-node generated scenario.
 *
 *   node --import tsx bench/path-explorer.bench.ts [--runs 7] [--nodes 1000] [--browser-runs 3]
 *
 * 1. In Node, what each piece of work would cost a page's main thread: reading
 *    the scenario out of its Y.Doc (the preview's snapshot), the exact count
 *    and score ranges, listing paths at the explorer's default budget (5,000
 *    states) and at 50,000, coverage at its budget of 50,000 states, and the
 *    structured clone that carries a result from the worker; and the one
 *    copy that does run on the page, of the document into the worker. Anything over
 *    50 ms is a long task on a page; this is why it all runs in a worker.
 * 2. In headless Chromium against the served studio (skipped when the studio
 *    does not mount the preview and explorer yet): from the click on "Paths"
 *    to the count, the path list and coverage on screen, and the long tasks
 *    (over 50 ms) the page's main thread had meanwhile; from a click on a path
 *    to the frame that draws it on the canvas; then from "Start
 *    preview" to the player's first view. Target: no long task on the page
 *    caused by the analyses.
 */
import { readdirSync, readFileSync } from "node:fs";
import { request } from "node:http";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import * as Y from "yjs";
import {
  AnalysisIndex,
  countPaths,
  coverage,
  explorePaths,
  type Scenario,
  scenarioToYDoc,
  scoreRanges,
  writeScenario,
  yDocToScenario,
} from "../core";
import { launchChromium } from "../tests/support/chromium";
import { startServerProcess } from "../tests/support/server-process";
import { generateScenario } from "./support/generate-scenario";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg("runs", 7);
const NODES = arg("nodes", 1_000);
const BROWSER_RUNS = arg("browser-runs", 3);

function measure<T>(fn: () => T, runs = RUNS): { median: number; p95: number; last: T } {
  let last = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), last };
}

const ms = (x: number) => `${x.toFixed(1).padStart(8)} ms`;
const line = (label: string, r: { median: number; p95: number }, extra = "") =>
  console.log(`${label.padEnd(46)} median ${ms(r.median)}   p95 ${ms(r.p95)}   ${extra}`);

const scenario: Scenario = generateScenario({ nodes: NODES, seed: 42 });
console.log(
  `path explorer benchmark: ${scenario.nodes.length} nodes, ${scenario.edges.length} edges, ${RUNS} timed runs, Node ${process.version}\n`,
);
console.log("Main-thread cost if it ran on the page (it runs in the scenario worker):");

const doc = scenarioToYDoc(scenario);
line(
  "read the scenario from its Y.Doc",
  measure(() => yDocToScenario(doc)),
);
const summary = measure(() => {
  const ix = new AnalysisIndex(scenario);
  return { count: countPaths(ix), ranges: scoreRanges(ix) };
});
line(
  "exact count + score ranges",
  summary,
  `${summary.last.count.count.toString().length}-digit count, ${summary.last.count.cycleNodeIds.length} nodes on cycles`,
);
for (const budget of [5_000, 50_000]) {
  const listed = measure(() => explorePaths(scenario, { budget }), Math.min(RUNS, 3));
  line(
    `list paths, budget ${budget.toLocaleString("en")}`,
    listed,
    `${listed.last.paths.length} paths, stopped at budget: ${listed.last.stoppedAtBudget}`,
  );
}
const covered = measure(() => coverage(scenario, { budget: 50_000 }), Math.min(RUNS, 3));
line(
  "coverage, budget 50,000",
  covered,
  `${covered.last.statesVisited} states, complete: ${covered.last.complete}`,
);
line(
  "copy the Y.Doc into the worker (once a session)",
  measure(() => Y.encodeStateAsUpdate(doc)),
  "this one does run on the page",
);
// As many as the explorer sends (LISTED_PATHS_LIMIT).
const listing = explorePaths(scenario, { budget: 5_000 }).paths.slice(0, 200);
line(
  "structured clone of 200 listed paths",
  measure(() => structuredClone(listing)),
  `${listing.reduce((n, p) => n + p.nodeIds.length, 0)} node ids in all`,
);
line(
  "structured clone of the scenario",
  measure(() => structuredClone(scenario)),
);

const root = fileURLToPath(new URL("..", import.meta.url));
const studioDir = resolve(root, process.env.FORKLINE_STUDIO_DIR ?? "dist/studio");
const mounted = (() => {
  try {
    const assets = join(studioDir, "assets");
    return readdirSync(assets).some(
      (f) =>
        f.endsWith(".js") && readFileSync(join(assets, f), "utf8").includes("scenario-tools__bar"),
    );
  } catch {
    return false;
  }
})();

if (!mounted) {
  console.log(
    `\nIn the browser: skipped, the studio in ${studioDir} does not mount the preview and explorer.`,
  );
  process.exit(0);
}

/** POSTs with node:http: large bodies through fetch were cut short here. */
function post(url: string, body: string): Promise<{ status: number; text: string }> {
  const target = new URL(url);
  return new Promise((done, fail) => {
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
        res.on("end", () => done({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", fail);
    req.end(body);
  });
}

const LONG_TASKS = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push(Math.round(e.duration));
  }).observe({ type: "longtask" });
})()`;

type LongTasks = { __longTasks: number[] };

async function untilQuiet(page: Page): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < 60_000) {
    await page.evaluate(() => {
      (window as unknown as LongTasks).__longTasks.length = 0;
    });
    await page.waitForTimeout(1_000);
    const seen = await page.evaluate(() => (window as unknown as LongTasks).__longTasks.length);
    if (seen === 0) return Date.now() - started - 1_000;
  }
  throw new Error("the editor never went quiet");
}

console.log(`\nIn headless Chromium, served studio (${studioDir}):`);
const server = await startServerProcess();
const browser = await launchChromium();
try {
  const imported = await post(`${server.url}/api/scenarios/import`, writeScenario(scenario));
  if (imported.status !== 201) throw new Error(`import: ${imported.status} ${imported.text}`);
  const id = (JSON.parse(imported.text) as { id: string }).id;
  const figures: Record<string, number[]> = {};
  const note = (name: string, value: number) => {
    figures[name] ??= [];
    figures[name].push(value);
  };
  for (let run = 0; run < BROWSER_RUNS; run++) {
    // Reduced motion skips the player's typing beat, so the preview figure is work, not waiting.
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      reducedMotion: "reduce",
    });
    const page = await context.newPage();
    await page.addInitScript(LONG_TASKS);
    await page.goto(`${server.url}/s/${id}`);
    await page.locator(".editor__loading").waitFor({ state: "detached", timeout: 120_000 });
    // The editor goes on working for a while after the document shows (first analysis,
    // node measuring); figures start once a whole second passes without a long task.
    const quietAfter = await untilQuiet(page);
    note("editor busy after load (ms)", quietAfter);
    const t0 = Date.now();
    await page.getByRole("button", { name: "Paths", exact: true }).click();
    await page.getByTestId("path-count").waitFor({ timeout: 120_000 });
    note("click to exact count", Date.now() - t0);
    await page.getByTestId("paths-status").waitFor({ timeout: 120_000 });
    note("click to path list", Date.now() - t0);
    await page.locator(".coverage-report").waitFor({ timeout: 120_000 });
    note("click to coverage", Date.now() - t0);
    const tasks = await page.evaluate(
      () => (window as unknown as { __longTasks: number[] }).__longTasks,
    );
    note("long tasks while exploring (count)", tasks.length);
    note("longest task while exploring", Math.max(0, ...tasks));
    // Drawing a path: from the click to the frame that shows it (state, style sheet, restyle, fit).
    for (let i = 0; i < 5; i++) {
      const took = await page.evaluate(async (index) => {
        const button = document.querySelectorAll<HTMLButtonElement>(".path-row__show")[index];
        if (!button) return -1;
        const t = performance.now();
        button.click();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return performance.now() - t;
      }, i * 7);
      if (took >= 0) note("click a path to its frame on the canvas", Math.round(took));
    }
    const t1 = Date.now();
    await page.getByRole("button", { name: "Preview", exact: true }).click();
    await page.getByRole("button", { name: "Start preview" }).click();
    await page.locator(".preview-player .fl-stage .fl-panel").waitFor({ timeout: 60_000 });
    note("open preview + start to first view", Date.now() - t1);
    await context.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const [name, values] of Object.entries(figures))
    console.log(
      `${name.padEnd(46)} median ${String(median(values)).padStart(6)}   runs ${values.join(", ")}`,
    );
} finally {
  await browser.close();
  await server.stop();
}
