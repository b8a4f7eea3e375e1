/**
 * Click to next view in headless Chromium: the built player (none tracker)
 * plays a generated 2,000-node scenario with 300 variables; each sample is one
 * learner action, from the button's click to the next view laid out (the click
 * handler runs the engine and builds the DOM; reading layout then forces style
 * and layout). Runs restart at each ending, so the conversation log keeps
 * growing as a real run's would.
 *
 *   node --import tsx bench/player-step.bench.ts [--clicks 3000]
 *
 * Target: p95 at most 16 ms (one frame at 60 Hz).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "vite";
import { launchChromium } from "../tests/support/chromium";
import { generateScenario } from "./support/generate-scenario";

const root = new URL("..", import.meta.url).pathname;
const argClicks = process.argv.indexOf("--clicks");
const CLICKS = argClicks > 0 ? Number(process.argv[argClicks + 1]) : 3000;
const WARMUP = 200;

// Only the player: the figures must not wait for (or fail with) other parts' builds.
await build({ configFile: join(root, "player/vite.config.ts"), logLevel: "error" });
const js = readFileSync(join(root, "dist/player/forkline-player-none.js"), "utf8");
const css = readFileSync(join(root, "dist/player/forkline-player.css"), "utf8");
const scenario = generateScenario({ nodes: 2000, seed: 7, variables: 300 });

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  await page.setContent(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${css}</style></head><body><main id="forkline-player"></main><script>${js}</script></body></html>`,
  );
  // tsx keeps function names with a helper the page does not have.
  await page.evaluate("window.__name = (f) => f");
  const result = await page.evaluate(
    ({ scenario, clicks, warmup }) => {
      // biome-ignore lint/suspicious/noExplicitAny: the bundle's global
      const F = (globalThis as any).Forkline;
      const root = document.getElementById("forkline-player")!;
      const handle = F.mountPlayer(root, scenario, {
        clock: F.createManualClock(),
        typingMs: 0,
        autoFocus: false,
      });
      let seed = 12345;
      const random = () => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed / 0x7fffffff;
      };
      const handler: number[] = [];
      const total: number[] = [];
      const byKind: Record<string, number[]> = {};
      let restarts = 0;
      let longest = 0;
      return handle.ready.then(() => {
        while (total.length < clicks + warmup) {
          const view = handle.getView();
          if (view.kind === "ending") {
            longest = Math.max(longest, handle.getState().path.length);
            handle.restart();
            restarts++;
            continue;
          }
          const stage = root.querySelector(".fl-stage")!;
          let button: HTMLElement;
          if (view.kind === "decision") {
            const options = stage.querySelectorAll<HTMLElement>(".fl-option");
            button = options[Math.floor(random() * options.length)]!;
          } else if (view.kind === "reflection") {
            const area = stage.querySelector("textarea");
            if (area) area.value = "A short answer.";
            else stage.querySelector<HTMLInputElement>("input[type=radio]")!.checked = true;
            button = stage.querySelector<HTMLElement>("button[type=submit]")!;
          } else {
            button = stage.querySelector<HTMLElement>(".fl-button")!;
          }
          const t0 = performance.now();
          button.click();
          const t1 = performance.now();
          void root.getBoundingClientRect().height;
          void document.body.offsetHeight;
          const t2 = performance.now();
          handler.push(t1 - t0);
          total.push(t2 - t0);
          const kind = handle.getView().kind;
          const list = byKind[kind] ?? [];
          list.push(t2 - t0);
          byKind[kind] = list;
        }
        return {
          handler: handler.slice(warmup),
          total: total.slice(warmup),
          restarts,
          longest,
          byKind,
        };
      });
    },
    { scenario, clicks: CLICKS, warmup: WARMUP },
  );
  const stats = (label: string, samples: number[]) => {
    const s = [...samples].sort((a, b) => a - b);
    const p = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!.toFixed(2);
    console.log(
      `  ${label.padEnd(34)} n=${s.length}  p50 ${p(0.5)} ms  p95 ${p(0.95)} ms  p99 ${p(0.99)} ms  max ${s.at(-1)!.toFixed(2)} ms`,
    );
    return Number(p(0.95));
  };
  console.log(
    `scenario: ${scenario.nodes.length} nodes, ${scenario.variables.length} variables; ${result.restarts} runs, longest ${result.longest} steps`,
  );
  stats("click handler (engine + DOM)", result.handler);
  const p95 = stats("click to next view laid out", result.total);
  for (const [kind, samples] of Object.entries(result.byKind as Record<string, number[]>))
    stats(`  to ${kind}`, samples);
  console.log(`target p95 <= 16 ms: ${p95 <= 16 ? "ok" : "OVER"}`);
} finally {
  await browser.close();
}
