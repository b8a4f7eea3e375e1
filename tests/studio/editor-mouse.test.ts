import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createScenario,
  eventually,
  exportScenario,
  mod,
  newContext,
  nodeLocator,
  openEditor,
  renderedNodeIds,
  type Studio,
  startStudio,
  watchErrors,
} from "./studio-harness";

async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** What a designer does with a mouse: drag a kind in, wire a port to a node, delete, undo. */
describe("editing with the mouse", () => {
  let studio: Studio;
  let scenarioId: string;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    studio = await startStudio();
    scenarioId = await createScenario(studio, "Mouse work");
    const context = await newContext(studio);
    page = await context.newPage();
    errors = watchErrors(page);
    await openEditor(page, scenarioId);
  });

  afterAll(async () => {
    await studio?.close();
  });

  it("adds a node by dragging a kind from the palette onto the canvas", async () => {
    const before = new Set(await renderedNodeIds(page));
    const pane = await page.locator(".react-flow__pane").boundingBox();
    if (!pane) throw new Error("no canvas");
    const drop = { x: pane.x + 120, y: pane.y + 120 };
    await page.dragAndDrop('button[aria-label="Add decision node"]', ".react-flow__pane", {
      targetPosition: { x: 120, y: 120 },
    });
    const added = await eventually(async () => {
      const ids = (await renderedNodeIds(page)).filter((id) => !before.has(id));
      if (ids.length !== 1) throw new Error(`expected one new node, saw ${ids.length}`);
      return ids[0]!;
    });
    expect(await nodeLocator(page, added).getAttribute("class")).toContain(
      "react-flow__node-decision",
    );
    // It lands where it was dropped (its header starts near the pointer).
    const box = await nodeLocator(page, added).boundingBox();
    expect(box).not.toBeNull();
    expect(Math.abs(box!.x - drop.x)).toBeLessThan(80);
    expect(Math.abs(box!.y - drop.y)).toBeLessThan(80);
    const exported = await exportScenario(studio, scenarioId);
    expect(exported.nodes.find((n) => n.id === added)?.kind).toBe("decision");
  });

  it("connects an option's port to another node by dragging", async () => {
    const scenario = await exportScenario(studio, scenarioId);
    const decision = scenario.nodes.find(
      (n) => n.kind === "decision" && (n.options?.length ?? 0) > 0,
    );
    if (!decision) throw new Error("the blank scenario should have a decision");
    const option = decision.options![0]!.id;
    const current = scenario.edges.find((e) => e.source === decision.id && e.sourcePort === option);
    // An ending the option does not lead to yet, so the drag visibly changes something.
    const target = scenario.nodes.find((n) => n.kind === "ending" && n.id !== current?.target);
    if (!target) throw new Error("the blank scenario should have two endings");
    // Start from a clean port so the new edge is the only one leaving it.
    await eventually(async () => expect(await nodeLocator(page, target.id).count()).toBe(1));

    const handle = `.react-flow__node[data-id="${decision.id}"] .react-flow__handle.source[data-handleid="${option}"]`;
    const from = await centreOf(page, handle);
    const to = await centreOf(page, `.react-flow__node[data-id="${target.id}"] .fl-node__header`);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 8 });
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();

    await eventually(async () => {
      const now = await exportScenario(studio, scenarioId);
      const edges = now.edges.filter((e) => e.source === decision.id && e.sourcePort === option);
      expect(edges).toHaveLength(1);
      expect(edges[0]!.target).toBe(target.id);
    });
  });

  it("deletes a node picked with the mouse, and undo brings it back", async () => {
    const ids = await renderedNodeIds(page);
    const victim = ids[ids.length - 1]!;
    await nodeLocator(page, victim).locator(".fl-node__header").click();
    await page
      .locator(".selection-toolbar")
      .getByRole("button", { name: /Delete/ })
      .click();
    await nodeLocator(page, victim).waitFor({ state: "detached" });
    await eventually(async () => {
      const now = await exportScenario(studio, scenarioId);
      expect(now.nodes.map((n) => n.id)).not.toContain(victim);
    });

    await page.getByRole("button", { name: "Undo" }).click();
    await nodeLocator(page, victim).waitFor();
  });

  it("deletes the selection with the Delete key", async () => {
    const ids = await renderedNodeIds(page);
    const victim = ids[0]!;
    await nodeLocator(page, victim).locator(".fl-node__header").click();
    await page.keyboard.press("Delete");
    await nodeLocator(page, victim).waitFor({ state: "detached" });
    await page.keyboard.press(`${mod}+z`);
    await nodeLocator(page, victim).waitFor();
  });

  it("moves a node by dragging and writes the position once, when the drag ends", async () => {
    const ids = await renderedNodeIds(page);
    const id = ids[0]!;
    const before = (await exportScenario(studio, scenarioId)).nodes.find(
      (n) => n.id === id,
    )!.position;
    const start = await centreOf(page, `.react-flow__node[data-id="${id}"] .fl-node__header`);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 60, start.y + 40, { steps: 12 });
    // Mid-drag, the server still has the old position.
    const during = (await exportScenario(studio, scenarioId)).nodes.find(
      (n) => n.id === id,
    )!.position;
    expect(during).toEqual(before);
    await page.mouse.up();
    await eventually(async () => {
      const after = (await exportScenario(studio, scenarioId)).nodes.find(
        (n) => n.id === id,
      )!.position;
      expect(after.x).toBeGreaterThan(before.x + 20);
      expect(after.y).toBeGreaterThan(before.y + 10);
    });
  });

  it("raised no page errors", () => {
    expect(errors).toEqual([]);
  });
});
