import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addFromPalette,
  createScenario,
  eventually,
  exportScenario,
  newContext,
  nodeLocator,
  openEditor,
  type Studio,
  startStudio,
  watchErrors,
} from "./studio-harness";

const KEY = (id: string) => `forkline:unsent:${id}`;

/** Edits made while the server is away survive the tab being closed before it comes back. */
describe("edits kept on this device", () => {
  let studio: Studio;
  let context: BrowserContext;
  let scenarioId: string;

  beforeAll(async () => {
    studio = await startStudio();
    scenarioId = await createScenario(studio, "Offline stash");
    context = await newContext(studio);
  });

  afterAll(async () => {
    await studio?.close();
  });

  it("sends an edit made offline when the scenario is opened again after the tab was closed", async () => {
    const first = await context.newPage();
    const firstErrors = watchErrors(first);
    await openEditor(first, scenarioId);
    await studio.server.kill("SIGTERM");
    await first.locator(".connection--reconnecting, .connection--offline").waitFor();
    const offline = await addFromPalette(first, "decision");
    expect(await nodeLocator(first, offline).count()).toBe(1);
    await first.close({ runBeforeUnload: true });

    await studio.server.restart();
    const stored = await exportScenario(studio, scenarioId);
    expect(stored.nodes.map((n) => n.id)).not.toContain(offline);

    const second = await context.newPage();
    const secondErrors = watchErrors(second);
    await openEditor(second, scenarioId);
    await nodeLocator(second, offline).waitFor();
    await eventually(async () => {
      const exported = await exportScenario(studio, scenarioId);
      expect(exported.nodes.map((n) => n.id)).toContain(offline);
    });
    // Delivered: nothing is kept once the socket has settled.
    await eventually(async () => {
      expect(await second.evaluate((key) => localStorage.getItem(key), KEY(scenarioId))).toBeNull();
    }, 10_000);
    await second.close();
    expect([...firstErrors, ...secondErrors]).toEqual([]);
  });

  it("sets aside an unreadable entry and opens the scenario as the server has it", async () => {
    const page = await context.newPage();
    await page.goto("/");
    await page.evaluate(
      (key) => localStorage.setItem(key, "bm90IGEgeWpzIHVwZGF0ZQ=="),
      KEY(scenarioId),
    );
    const before = (await exportScenario(studio, scenarioId)).nodes.length;
    await openEditor(page, scenarioId);
    const kept = await page.evaluate(
      (key) => localStorage.getItem(`${key}:unreadable`),
      KEY(scenarioId),
    );
    expect(kept).toBe("bm90IGEgeWpzIHVwZGF0ZQ==");
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY(scenarioId))).toBeNull();
    expect((await exportScenario(studio, scenarioId)).nodes.length).toBe(before);
    // Still editable.
    const added = await addFromPalette(page, "note");
    await eventually(async () => {
      const exported = await exportScenario(studio, scenarioId);
      expect(exported.nodes.map((n) => n.id)).toContain(added);
    });
    await page.close();
  });

  it("says when the inspector's code cannot be fetched, and fetches it by itself later", async () => {
    // A fresh browser cache, and the inspector's file unreachable (as when the server is down)
    // whenever the editor asks for it, which depends on how soon the page is idle.
    const page = await (await newContext(studio)).newPage();
    const inspectorCode = "**/assets/inspector-*.js";
    await page.route(inspectorCode, (route) => route.abort("connectionrefused"));
    await openEditor(page, scenarioId);
    await nodeLocator(page, "start").locator(".fl-node__header").click();
    const failed = page.getByText(/Could not load the inspector/);
    await failed.waitFor();
    expect(await nodeLocator(page, "start").count()).toBe(1);
    await page.unroute(inspectorCode);
    await page
      .getByRole("textbox", { name: "Customer line", exact: true })
      .waitFor({ timeout: 20_000 });
    expect(await failed.count()).toBe(0);
    await page.close();
  });
});
