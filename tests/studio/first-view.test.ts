import type { Page, WebSocketRoute } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateScenario } from "../../bench/support/generate-scenario";
import { analyze, commands, writeScenario } from "../../core";
import { connectClient } from "../server/support/collab-client";
import { axeViolations } from "../support/axe";
import {
  api,
  createFromTemplate,
  type ExportedScenario,
  eventually,
  exportScenario,
  latch,
  newContext,
  nodeLocator,
  type Studio,
  startStudio,
  watchErrors,
} from "./studio-harness";

const styleOf = (page: Page, id: string) => nodeLocator(page, id).getAttribute("style");

/**
 * Holds the page's collaboration sockets connecting (a routed socket stays so until its
 * handler returns) until `release` is called; `held` counts the sockets held.
 */
async function holdCollabSockets(page: Page): Promise<{ release: () => void; held: () => number }> {
  const { released, release } = latch();
  const sockets: WebSocketRoute[] = [];
  await page.routeWebSocket(/\/collab\//, async (socket) => {
    sockets.push(socket);
    await released;
    socket.connectToServer();
  });
  return { release, held: () => sockets.length };
}

/**
 * Opening a scenario, the canvas draws the server's first view before the
 * live document has arrived: here the collaboration socket is held back to
 * show that view on its own, then let through.
 */
describe("the first view", () => {
  let studio: Studio;
  let scenarioId: string;
  let startId: string;
  let nodeCount: number;
  let startPosition: { x: number; y: number };

  beforeAll(async () => {
    studio = await startStudio();
    let scenario: ExportedScenario;
    ({ id: scenarioId, scenario } = await createFromTemplate(studio, "Seen first"));
    startId = scenario.settings.startNodeId!;
    startPosition = scenario.nodes.find((n) => n.id === startId)!.position;
    nodeCount = scenario.nodes.length;
  });

  afterAll(async () => {
    await studio?.close();
  });

  it("is drawn and selectable while the document is held back, takes no edits, and hands over", async () => {
    const context = await newContext(studio);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const { release, held } = await holdCollabSockets(page);
    await page.goto(`/s/${scenarioId}`);
    // The server's first paint hands over to the canvas as soon as the canvas draws (that
    // hand-over has tests of its own): from here on this is the canvas's own first view.
    await page.locator("#first-paint").waitFor({ state: "detached" });

    const start = nodeLocator(page, startId);
    await start.waitFor();
    await expect
      .poll(() => page.locator(".react-flow__node").count())
      .toBeGreaterThan(Math.min(nodeCount, 3) - 1);
    await page.getByRole("status").filter({ hasText: "you can look around" }).waitFor();
    await expect.poll(() => page.locator(".editor-header__title").textContent()).toBe("Seen first");
    expect(held()).toBeGreaterThan(0);

    // The read-only view is as accessible as the editor.
    expect((await axeViolations(page)).map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    // Looking is allowed: a click selects.
    await start.locator(".fl-node__header").click();
    await expect.poll(() => start.getAttribute("class")).toContain("selected");

    // Editing is not: a drag leaves the node where it was, Delete removes nothing, the palette is off.
    const before = await styleOf(page, startId);
    const box = (await start.locator(".fl-node__header").boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 200, box.y + 120, { steps: 8 });
    await page.mouse.up();
    expect(await styleOf(page, startId)).toBe(before);
    await page.keyboard.press("Delete");
    await expect.poll(() => start.count()).toBe(1);
    expect(await page.getByRole("button", { name: "Add scene node" }).isDisabled()).toBe(true);

    // The document arrives: the same node, still selected, now moves, and the move is stored.
    release();
    await page.locator(".editor__loading").waitFor({ state: "detached" });
    await page.locator(".connection--connected").waitFor();
    expect(await start.getAttribute("class")).toContain("selected");
    const again = (await start.locator(".fl-node__header").boundingBox())!;
    await page.mouse.move(again.x + again.width / 2, again.y + again.height / 2);
    await page.mouse.down();
    await page.mouse.move(again.x + again.width / 2 + 160, again.y + again.height / 2 + 80, {
      steps: 8,
    });
    await page.mouse.up();
    const stored = await eventually(async () => {
      const scenario = await exportScenario(studio, scenarioId);
      const position = scenario.nodes.find((n) => n.id === startId)!.position;
      if (position.x === startPosition.x) throw new Error("the move is not stored yet");
      expect(scenario.nodes.length).toBe(nodeCount);
      return position;
    });
    expect(stored.x).toBeGreaterThan(startPosition.x);
    expect(await styleOf(page, startId)).not.toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("holds the document it got first until its view is drawn, then takes it", async () => {
    const context = await newContext(studio);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const { released, release } = latch();
    await page.route("**/first-view", async (route) => {
      await released;
      await route.continue();
    });
    let largestFrame = 0;
    page.on("websocket", (socket) =>
      socket.on("framereceived", ({ payload }) => {
        largestFrame = Math.max(largestFrame, payload.length);
      }),
    );
    await page.goto(`/s/${scenarioId}`);
    // The whole document has come in (a template is tens of kilobytes) but is not read yet.
    await expect.poll(() => largestFrame, { timeout: 10_000 }).toBeGreaterThan(5_000);
    await page.waitForTimeout(200);
    expect(await page.evaluate('performance.getEntriesByName("forkline:synced").length')).toBe(0);
    // Nothing drawn by the app yet (the server's first paint is all there is).
    expect(await page.locator("#root .react-flow__node").count()).toBe(0);

    release();
    await page.locator(".editor__loading").waitFor({ state: "detached" });
    const marks = (await page.evaluate(
      'performance.getEntriesByType("mark").map((m) => m.name)',
    )) as string[];
    expect(marks.indexOf("forkline:first-view")).toBeGreaterThanOrEqual(0);
    expect(marks.indexOf("forkline:first-view")).toBeLessThan(marks.indexOf("forkline:synced"));
    await expect.poll(() => page.locator(".react-flow__node").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("opens without one when the server cannot give it", async () => {
    const context = await newContext(studio);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.route("**/first-view", (route) => route.fulfill({ status: 500, body: "{}" }));
    await page.goto(`/s/${scenarioId}`);
    await page.locator(".connection--connected").waitFor();
    // Read soon after connecting: not held until the gate's deadline for a view that is not coming.
    await page.locator(".editor__loading").waitFor({ state: "detached", timeout: 1_000 });
    await nodeLocator(page, startId).waitFor();
    expect(await page.evaluate('performance.getEntriesByName("forkline:first-view").length')).toBe(
      0,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it("reads a document that comes in parts whole, on the canvas and in the analysis", async () => {
    // Large enough to come in several parts (a few thousand structs each).
    const scenario = generateScenario({ nodes: 400, seed: 3 });
    const { id } = await api<{ id: string }>(studio, "/api/scenarios/import", {
      method: "POST",
      body: writeScenario(scenario),
    });
    const stored = await exportScenario(studio, id);
    const expected = analyze(scenario);
    const context = await newContext(studio);
    const page = await context.newPage();
    const errors = watchErrors(page);
    let parts = 0;
    page.on("websocket", (socket) =>
      socket.on("framereceived", ({ payload }) => {
        if (typeof payload !== "string" && payload[0] === 100) parts++;
      }),
    );
    await page.goto(`/s/${id}`);
    await page.waitForFunction(
      'performance.getEntriesByName("forkline:canvas-complete").length > 0',
      undefined,
      { timeout: 30_000 },
    );
    expect(parts).toBeGreaterThanOrEqual(2);
    // The analysis worker got every part: its counts are those of the scenario itself.
    const problems = page.locator(".problems-button");
    const count = (severity: string) => expected.filter((d) => d.severity === severity).length;
    await expect
      .poll(() => problems.getAttribute("title"))
      .toBe(
        `${count("error")} ${count("error") === 1 ? "error" : "errors"}, ${count("warning")} ${count("warning") === 1 ? "warning" : "warnings"}`,
      );
    // Every node has been read: selecting all selects the scenario's whole count.
    await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("Control+a");
    await page
      .getByRole("button", { name: `Delete ${stored.nodes.length} nodes` })
      .waitFor({ timeout: 10_000 });
    expect(await page.evaluate('performance.getEntriesByName("forkline:synced").length')).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("is asked for afresh when the scenario is opened again", async () => {
    const context = await newContext(studio);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`/s/${scenarioId}`);
    await page.locator(".connection--connected").waitFor();
    await page.locator(".editor__loading").waitFor({ state: "detached" });
    await page.getByRole("link", { name: "Forkline: all scenarios" }).click();
    await page
      .getByRole("heading", { level: 1 })
      .filter({ hasText: /scenarios/i })
      .waitFor();

    // Someone else moves the start node meanwhile.
    const other = connectClient(studio.server.wsUrl, scenarioId);
    await other.synced;
    commands.moveNodes(other.doc, { moves: [{ id: startId, position: { x: 9000, y: 40 } }] });
    await eventually(async () => {
      const stored = await exportScenario(studio, scenarioId);
      if (stored.nodes.find((n) => n.id === startId)!.position.x !== 9000)
        throw new Error("not stored yet");
    });
    other.destroy();

    // Opened again with the document held back: the first view has the node where it is now.
    const { release } = await holdCollabSockets(page);
    await page.getByRole("link", { name: "Seen first" }).first().click();
    await page.getByRole("status").filter({ hasText: "you can look around" }).waitFor();
    const start = nodeLocator(page, startId);
    await expect.poll(() => start.getAttribute("style")).toContain("translate(9000px, 40px)");
    release();
    await page.locator(".editor__loading").waitFor({ state: "detached" });
    expect(errors).toEqual([]);
    await context.close();
  });
});
