import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import type { Scenario } from "../../../core";
import { type BootConfig, buildBootPage } from "../../../player";
import type { PlayStep } from "./find-endings";
import { PLAYER_DIST, type PlayerServer } from "./player-server";

export function runtime(kind: string): { js: string; css: string } {
  return {
    js: readFileSync(join(PLAYER_DIST, `forkline-player-${kind}.js`), "utf8"),
    css: readFileSync(join(PLAYER_DIST, "forkline-player.css"), "utf8"),
  };
}

export interface OpenedPage {
  page: Page;
  /** Messages of every alert/confirm/prompt the page tried to open. */
  dialogs: string[];
  errors: string[];
}

async function newPage(browser: Browser, context: BrowserContextOptions = {}): Promise<OpenedPage> {
  const ctx = await browser.newContext({ viewport: { width: 1024, height: 800 }, ...context });
  const page = await ctx.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return { page, dialogs, errors };
}

let pageCount = 0;

/**
 * Waits for window.Forkline; reloads once if the script was missing, as it can
 * be for a moment while another process rebuilds dist/player.
 */
async function bundleLoaded(page: Page): Promise<void> {
  const loaded = () => page.evaluate(() => "Forkline" in globalThis);
  if (await loaded()) return;
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await page.reload();
  if (!(await loaded())) throw new Error("the player bundle did not load");
}

/** A page built by buildBootPage (inline runtime unless `external`), opened and booted. */
export async function openBootPage(
  browser: Browser,
  server: PlayerServer,
  scenario: Scenario,
  options: {
    tracker?: string;
    config?: BootConfig;
    external?: boolean;
    context?: BrowserContextOptions;
  } = {},
): Promise<OpenedPage> {
  const kind = options.tracker ?? "local";
  const code = runtime(kind);
  const html = buildBootPage({
    scenario,
    js: options.external ? { src: `/player/forkline-player-${kind}.js` } : code.js,
    css: options.external ? { href: "/player/forkline-player.css" } : code.css,
    config: { player: { typingMs: 0 }, ...options.config },
  });
  const opened = await newPage(browser, options.context);
  await opened.page.goto(server.page(`boot-${++pageCount}.html`, html));
  await opened.page.waitForFunction(() => {
    const f = (globalThis as { Forkline?: { current?: { getView(): unknown } | null } }).Forkline;
    return (
      !!f?.current?.getView() &&
      !!document.querySelector(".fl-stage .fl-panel, .fl-stage [role=alert]")
    );
  });
  return opened;
}

/**
 * A host page with only the bundle: the test mounts by hand with a manual
 * clock (`window.__clock`) and the local tracker (`window.__tracker`).
 */
export async function openManualPage(
  browser: Browser,
  server: PlayerServer,
  scenario: Scenario,
  options: {
    mount?: Record<string, unknown>;
    tracker?: Record<string, unknown>;
    context?: BrowserContextOptions;
  } = {},
): Promise<OpenedPage> {
  const html = [
    "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
    "<meta name='viewport' content='width=device-width, initial-scale=1'><title>Player test</title>",
    "<link rel='stylesheet' href='/player/forkline-player.css'></head>",
    "<body><main id='forkline-player'></main><script src='/player/forkline-player-local.js'></script></body></html>",
  ].join("");
  const opened = await newPage(browser, options.context);
  await opened.page.goto(server.page(`host-${++pageCount}.html`, html));
  await bundleLoaded(opened.page);
  await opened.page.evaluate(
    async ({ scenario, mount, tracker }) => {
      // biome-ignore lint/suspicious/noExplicitAny: the bundle's global, typed in player/boot.ts
      const w = globalThis as any;
      w.__clock = w.Forkline.createManualClock(0);
      w.__tracker = w.Forkline.createTracker(tracker);
      w.Forkline.current = w.Forkline.mountPlayer(
        document.getElementById("forkline-player"),
        scenario,
        {
          clock: w.__clock,
          tracker: w.__tracker,
          typingMs: 0,
          ...mount,
        },
      );
      await w.Forkline.current.ready;
    },
    { scenario, mount: options.mount ?? {}, tracker: options.tracker ?? {} },
  );
  return opened;
}

// biome-ignore lint/suspicious/noExplicitAny: test reads of the page's global
type Any = any;

export function viewOf(page: Page): Promise<Any> {
  return page.evaluate(() => (globalThis as Any).Forkline.current.getView());
}

export function stateOf(page: Page): Promise<Any> {
  return page.evaluate(() => (globalThis as Any).Forkline.current.getState());
}

export function trackerEvents(page: Page): Promise<Any[]> {
  return page.evaluate(() => {
    const w = globalThis as Any;
    return (w.__tracker ?? w.Forkline.tracker).events;
  });
}

export function advance(page: Page, ms: number): Promise<void> {
  return page.evaluate((n) => (globalThis as Any).__clock.advance(n), ms);
}

/** What has focus: tag, classes and text, for assertions and for tabbing. */
export function focused(
  page: Page,
): Promise<{ tag: string; cls: string; text: string; inStage: boolean }> {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return {
      tag: a?.tagName.toLowerCase() ?? "",
      cls: a?.className ?? "",
      text: (a?.textContent ?? "").trim(),
      inStage: !!a?.closest(".fl-stage"),
    };
  });
}

/** Presses Tab until the focused element matches, failing after `max` presses. */
export async function tabTo(
  page: Page,
  match: (f: { tag: string; cls: string; text: string }) => boolean,
  max = 40,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (match(await focused(page))) return;
  }
  throw new Error(
    `no focusable element matched after ${max} tabs (last: ${JSON.stringify(await focused(page))})`,
  );
}

async function logLength(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as Any).Forkline.current.getState().log.length);
}

async function waitForMove(page: Page, before: number): Promise<void> {
  await page.waitForFunction(
    (n) => (globalThis as Any).Forkline.current.getState().log.length > n,
    before,
  );
}

/**
 * Plays steps with the keyboard only. Decisions alternate between number keys
 * and Tab + Enter so both ways are exercised; every step checks that focus
 * landed in the new content.
 */
export async function playByKeyboard(
  page: Page,
  steps: readonly PlayStep[],
  advanceClock?: boolean,
): Promise<void> {
  let decisions = 0;
  for (const step of steps) {
    const view = await viewOf(page);
    const before = await logLength(page);
    const focus = await focused(page);
    if (!focus.inStage)
      throw new Error(`focus is outside the stage at a ${view.kind}: ${JSON.stringify(focus)}`);
    if (step.t === "continue") {
      if (view.kind === "scene") {
        if (focus.text !== "Continue")
          throw new Error(`scene focus is on ${JSON.stringify(focus)}`);
      } else {
        await tabTo(page, (f) => f.tag === "button" && f.text === "Continue");
      }
      await page.keyboard.press("Enter");
    } else if (step.t === "choose") {
      const index = view.options.findIndex((o: { id: string }) => o.id === step.optionId);
      if (index < 0) throw new Error(`option ${step.optionId} is not shown`);
      if (decisions++ % 2 === 0) {
        await page.keyboard.press(String(index + 1));
      } else {
        await tabTo(
          page,
          (f) => f.cls.includes("fl-option") && f.text.startsWith(String(index + 1)),
        );
        await page.keyboard.press("Enter");
      }
    } else if (step.t === "timeout") {
      if (!advanceClock) throw new Error("a timeout step needs the manual clock");
      await advance(page, view.timer.seconds * 1000);
    } else if (typeof step.value === "string") {
      await tabTo(page, (f) => f.tag === "textarea");
      await page.keyboard.type(step.value);
      await tabTo(page, (f) => f.tag === "button" && f.text === "Save answer");
      await page.keyboard.press("Enter");
    } else {
      await tabTo(page, (f) => f.tag === "input");
      await page.keyboard.press("Space");
      for (let i = 1; i < step.value; i++) await page.keyboard.press("ArrowRight");
      await tabTo(page, (f) => f.tag === "button" && f.text === "Save answer");
      await page.keyboard.press("Enter");
    }
    await waitForMove(page, before);
  }
}
