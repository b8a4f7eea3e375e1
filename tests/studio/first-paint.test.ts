import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../support/axe";
import { pageWithFirstPaint } from "../support/first-paint-page";
import {
  createFromTemplate,
  type ExportedScenario,
  latch,
  newContext,
  type Studio,
  startStudio,
  watchErrors,
} from "./studio-harness";

/** Holds the app's entry script until `release` is called: only what the server drew is there. */
async function holdApp(page: Page): Promise<() => void> {
  const { released, release } = latch();
  await page.route("**/assets/index-*.js", async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const layer = (page: Page) => page.locator("#first-paint");
const paintedNode = (page: Page, id: string) =>
  page.locator(`#first-paint .react-flow__node[data-id="${id}"]`);
const viewportTransform = (page: Page) =>
  page
    .locator("#first-paint .react-flow__viewport")
    .evaluate((el) => (el as HTMLElement).style.transform);
const scaleOf = (transform: string) => Number(/scale\(([\d.]+)\)/.exec(transform)?.[1]);

/**
 * The editor page arrives with the scenario's opening view drawn into it by
 * the server, so it is on screen and can be looked around in before the
 * app's code has loaded; the canvas then takes over from it.
 */
describe("the first paint", () => {
  let studio: Studio;
  let scenarioId: string;
  let startId: string;
  let otherId: string;

  beforeAll(async () => {
    studio = await startStudio();
    let scenario: ExportedScenario;
    ({ id: scenarioId, scenario } = await createFromTemplate(studio, "Drawn by the server"));
    startId = scenario.settings.startNodeId!;
    otherId = scenario.edges.find((e) => e.source === startId)!.target;
    await pageWithFirstPaint(`${studio.server.url}/s/${scenarioId}`);
  });

  afterAll(async () => {
    await studio?.close();
  });

  it("is on screen without the app's code, and can be looked around in", async () => {
    const context = await newContext(studio);
    const page = await context.newPage();
    const release = await holdApp(page);
    await page.goto(`/s/${scenarioId}`, { waitUntil: "commit" });
    await layer(page).waitFor();
    const start = paintedNode(page, startId);
    await start.waitFor();
    expect(await page.locator("#first-paint h1").textContent()).toBe("Drawn by the server");
    expect(await page.getByRole("status").textContent()).toContain("you can look around");
    // The app underneath is out of reach until it takes over.
    expect(await page.locator("#root").evaluate((el) => (el as HTMLElement).inert)).toBe(true);
    expect((await axeViolations(page)).map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    // Select with a click, add with Shift, clear by clicking the background.
    await start.locator(".fl-node__header").click();
    await expect.poll(() => start.getAttribute("class")).toContain("selected");
    expect(await start.locator(".fl-node").getAttribute("class")).toContain("is-selected");
    const other = paintedNode(page, otherId);
    await other.locator(".fl-node__header").click({ modifiers: ["Shift"] });
    expect(await other.getAttribute("class")).toContain("selected");
    expect(await start.getAttribute("class")).toContain("selected");
    await page.locator("#first-paint .react-flow__pane").click({ position: { x: 8, y: 8 } });
    expect(await page.locator("#first-paint .react-flow__node.selected").count()).toBe(0);

    // From the keyboard: Enter selects the focused node, Escape clears.
    await start.focus();
    await page.keyboard.press("Enter");
    expect(await start.getAttribute("class")).toContain("selected");
    await page.keyboard.press("Escape");
    expect(await start.getAttribute("class")).not.toContain("selected");

    // The wheel zooms, a drag on the background pans.
    const before = await viewportTransform(page);
    const pane = (await page.locator("#first-paint .react-flow__pane").boundingBox())!;
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    await page.mouse.wheel(0, 300);
    const zoomed = await viewportTransform(page);
    expect(scaleOf(zoomed)).toBeLessThan(scaleOf(before));
    await page.mouse.move(pane.x + 10, pane.y + pane.height - 10);
    await page.mouse.down();
    await page.mouse.move(pane.x + 130, pane.y + pane.height - 70, { steps: 5 });
    await page.mouse.up();
    const panned = await viewportTransform(page);
    expect(panned).not.toBe(zoomed);
    expect(scaleOf(panned)).toBe(scaleOf(zoomed));
    release();
    await context.close();
  });

  it("hands over to the canvas with the same view and the same selection", async () => {
    const context = await newContext(studio);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const release = await holdApp(page);
    await page.goto(`/s/${scenarioId}`, { waitUntil: "commit" });
    const start = paintedNode(page, startId);
    await start.waitFor();
    // Look somewhere else first, and pick the start node.
    const pane = (await page.locator("#first-paint .react-flow__pane").boundingBox())!;
    await page.mouse.move(pane.x + 20, pane.y + pane.height - 20);
    await page.mouse.down();
    await page.mouse.move(pane.x + 90, pane.y + pane.height - 60, { steps: 4 });
    await page.mouse.up();
    await start.locator(".fl-node__header").click();
    const where = (await start.locator(".fl-node__header").boundingBox())!;

    release();
    await layer(page).waitFor({ state: "detached" });
    const drawn = page.locator(`#root .react-flow__node[data-id="${startId}"]`);
    await drawn.waitFor();
    expect(await drawn.getAttribute("class")).toContain("selected");
    const now = (await drawn.locator(".fl-node__header").boundingBox())!;
    expect(Math.abs(now.x - where.x)).toBeLessThan(1.5);
    expect(Math.abs(now.y - where.y)).toBeLessThan(1.5);
    expect(await page.locator("#root").evaluate((el) => (el as HTMLElement).inert)).toBe(false);
    // And it is the editor now: the document arrives and the selected node can be edited.
    await page.locator(".connection--connected").waitFor();
    await page.locator(".editor__loading").waitFor({ state: "detached" });
    expect(await drawn.getAttribute("class")).toContain("selected");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("is not drawn for a page the app draws itself", async () => {
    const context = await newContext(studio);
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("link", { name: "Drawn by the server" }).first().click();
    await page.locator(".connection--connected").waitFor();
    // Opened from the list, the app draws the scenario itself.
    expect(await layer(page).count()).toBe(0);
    await page.locator(`.react-flow__node[data-id="${startId}"]`).waitFor();
    await context.close();
  });
});
