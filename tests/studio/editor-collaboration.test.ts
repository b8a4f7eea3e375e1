import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addFromPalette,
  createScenario,
  eventually,
  exportScenario,
  mod,
  newContext,
  nodeLocator,
  openEditor,
  type Studio,
  startStudio,
  watchErrors,
} from "./studio-harness";

/**
 * Two browser contexts (two designers) on one scenario, through the real
 * server and the stock y-websocket provider.
 */
describe("two designers on one scenario", () => {
  let studio: Studio;
  let scenarioId: string;
  let contextA: BrowserContext;
  let contextB: BrowserContext;
  let pageA: Page;
  let pageB: Page;
  let errorsA: string[] = [];
  let errorsB: string[] = [];

  beforeAll(async () => {
    studio = await startStudio();
    scenarioId = await createScenario(studio, "Shared", "refund-outside-policy");
    contextA = await newContext(studio);
    contextB = await newContext(studio);
    pageA = await contextA.newPage();
    pageB = await contextB.newPage();
    errorsA = watchErrors(pageA);
    errorsB = watchErrors(pageB);
    await openEditor(pageA, scenarioId);
    await openEditor(pageB, scenarioId);
  });

  afterAll(async () => {
    await studio?.close();
  });

  it("shows a node added by one designer to the other", async () => {
    const id = await addFromPalette(pageA, "scene");
    await nodeLocator(pageB, id).waitFor();
    const exported = await exportScenario(studio, scenarioId);
    expect(exported.nodes.some((n) => n.id === id && n.kind === "scene")).toBe(true);
  });

  it("shows each designer in the other's header and their selection outlined", async () => {
    await expect.poll(() => pageA.locator(".peer-avatars li").count(), { timeout: 10_000 }).toBe(2);
    const id = await addFromPalette(pageB, "note");
    await nodeLocator(pageA, id).waitFor();
    // B's new node is selected in B: A sees it outlined in B's colour.
    await nodeLocator(pageA, id).locator(".fl-node.has-remote").waitFor();
  });

  it("shows one designer's pointer on the other's canvas", async () => {
    const pane = (await pageA.locator(".react-flow__pane").boundingBox())!;
    for (let i = 0; i < 6; i++) {
      await pageA.mouse.move(pane.x + 200 + i * 20, pane.y + 200, { steps: 2 });
      await pageA.waitForTimeout(60);
    }
    await pageB.locator(".remote-cursor").waitFor({ timeout: 10_000 });
    expect(await pageB.locator(".remote-cursor__name").textContent()).toBeTruthy();
  });

  it("undoes only the local designer's own edit", async () => {
    const fromA = await addFromPalette(pageA, "ending");
    const fromB = await addFromPalette(pageB, "reflection");
    await nodeLocator(pageA, fromB).waitFor();
    await nodeLocator(pageB, fromA).waitFor();

    await pageA.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
    await pageA.keyboard.press(`${mod}+z`);

    await nodeLocator(pageA, fromA).waitFor({ state: "detached" });
    await nodeLocator(pageB, fromA).waitFor({ state: "detached" });
    expect(await nodeLocator(pageA, fromB).count()).toBe(1);
    expect(await nodeLocator(pageB, fromB).count()).toBe(1);
    const exported = await exportScenario(studio, scenarioId);
    const ids = exported.nodes.map((n) => n.id);
    expect(ids).toContain(fromB);
    expect(ids).not.toContain(fromA);

    // Redo brings it back for both.
    await pageA.keyboard.press(`${mod}+Shift+z`);
    await nodeLocator(pageB, fromA).waitFor();
  });

  it("keeps everything across a reload and a server restart", async () => {
    const id = await addFromPalette(pageA, "condition");
    await nodeLocator(pageB, id).waitFor();
    const before = await exportScenario(studio, scenarioId);

    await pageB.reload();
    await openEditor(pageB, scenarioId);
    await nodeLocator(pageB, id).waitFor();

    await studio.server.restart();
    await pageA.locator(".connection--connected").waitFor({ timeout: 20_000 });
    await pageB.locator(".connection--connected").waitFor({ timeout: 20_000 });
    const after = await exportScenario(studio, scenarioId);
    expect(after.nodes.map((n) => n.id).sort()).toEqual(before.nodes.map((n) => n.id).sort());
    expect(after.edges.length).toBe(before.edges.length);

    await pageA.reload();
    await openEditor(pageA, scenarioId);
    await nodeLocator(pageA, id).waitFor();
  });

  it("keeps working while the server is down and merges the offline edit on reconnect", async () => {
    await studio.server.kill("SIGTERM");
    await pageA
      .locator(".connection--reconnecting, .connection--offline")
      .waitFor({ timeout: 15_000 });
    expect(await pageA.locator(".connection").getAttribute("aria-live")).toBe("polite");

    const offline = await addFromPalette(pageA, "decision");
    expect(await nodeLocator(pageA, offline).count()).toBe(1);

    await studio.server.restart();
    await pageA.locator(".connection--connected").waitFor({ timeout: 20_000 });
    await pageB.locator(".connection--connected").waitFor({ timeout: 20_000 });
    await nodeLocator(pageB, offline).waitFor({ timeout: 15_000 });
    await eventually(async () => {
      const exported = await exportScenario(studio, scenarioId);
      expect(exported.nodes.map((n) => n.id)).toContain(offline);
    });
  });

  it("raised no page errors", () => {
    expect([...errorsA, ...errorsB]).toEqual([]);
  });
});
