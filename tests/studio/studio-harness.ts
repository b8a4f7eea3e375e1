import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { launchChromium } from "../support/chromium";
import { type ServerProcess, startServerProcess } from "../support/server-process";

/** A real server on a free port and one headless Chromium, for one test file. */
export interface Studio {
  server: ServerProcess;
  browser: Browser;
  close(): Promise<void>;
}

export async function startStudio(): Promise<Studio> {
  const server = await startServerProcess();
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (err) {
    await server.stop();
    throw err;
  }
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}

export const VIEWPORT = { width: 1400, height: 900 };

export async function newContext(studio: Studio): Promise<BrowserContext> {
  return studio.browser.newContext({ viewport: VIEWPORT, baseURL: studio.server.url });
}

/** Collects uncaught page errors so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(err.message));
  return errors;
}

export async function api<T>(studio: Studio, path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${studio.server.url}${path}`, {
    ...init,
    headers: { "content-type": "application/json", ...(init.headers ?? {}) },
  });
  if (!response.ok)
    throw new Error(`${init.method ?? "GET"} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export async function createScenario(
  studio: Studio,
  title: string,
  template?: string,
): Promise<string> {
  const body = template ? { title, template } : { title };
  const created = await api<{ id: string }>(studio, "/api/scenarios", {
    method: "POST",
    body: JSON.stringify(body),
  });
  return created.id;
}

export interface ExportedScenario {
  meta: { title: string };
  nodes: {
    id: string;
    kind: string;
    position: { x: number; y: number };
    options?: { id: string; text: string }[];
  }[];
  edges: { id: string; source: string; sourcePort: string; target: string }[];
  settings: { startNodeId: string | null };
}

/** The scenario as the server holds it now (read from its live document). */
export function exportScenario(studio: Studio, id: string): Promise<ExportedScenario> {
  return api<ExportedScenario>(studio, `/api/scenarios/${id}/export.json`);
}

/** A new scenario from the first built-in template, and what it holds. */
export async function createFromTemplate(
  studio: Studio,
  title: string,
): Promise<{ id: string; scenario: ExportedScenario }> {
  const { templates } = await api<{ templates: { name: string }[] }>(studio, "/api/templates");
  const id = await createScenario(studio, title, templates[0]!.name);
  return { id, scenario: await exportScenario(studio, id) };
}

/** Opens the editor and waits until the document has loaded and the canvas shows nodes. */
export async function openEditor(page: Page, id: string): Promise<void> {
  await page.goto(`/s/${id}`);
  await page.locator(".connection--connected").waitFor();
  await page.locator(".editor__loading").waitFor({ state: "detached" });
}

export const nodeLocator = (page: Page, id: string): Locator =>
  page.locator(`.react-flow__node[data-id="${id}"]`);

/** Node ids currently drawn on the canvas (only visible ones are drawn). */
export function renderedNodeIds(page: Page): Promise<string[]> {
  return page.$$eval(".react-flow__node", (els) =>
    els.map((el) => el.getAttribute("data-id") ?? ""),
  );
}

/** Waits until `check` passes, retrying on failure; for state that converges over the network. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      return await check();
    } catch (err) {
      last = err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw last;
}

/** Adds a node with the palette button (the keyboard/click path) and returns the new node's id. */
export async function addFromPalette(page: Page, kind: string): Promise<string> {
  const before = new Set(await renderedNodeIds(page));
  await page.getByRole("button", { name: `Add ${kind} node` }).click();
  return eventually(async () => {
    const added = (await renderedNodeIds(page)).filter((id) => !before.has(id));
    if (added.length !== 1) throw new Error(`expected one new node, saw ${added.length}`);
    return added[0]!;
  });
}

/** A promise to wait on, and the function that lets it through. */
export function latch(): { released: Promise<void>; release: () => void } {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { released, release };
}

export const mod = process.platform === "darwin" ? "Meta" : "Control";
