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

async function selectedIds(page: Page): Promise<string[]> {
  return page.$$eval(".react-flow__node.selected", (els) =>
    els.map((el) => el.getAttribute("data-id") ?? ""),
  );
}

/** The editor from the keyboard: palette, clipboard, duplicate, search, help. */
describe("editing with the keyboard", () => {
  let studio: Studio;
  let first: string;
  let second: string;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    studio = await startStudio();
    first = await createScenario(studio, "Keyboard one");
    second = await createScenario(studio, "Keyboard two");
    const context = await newContext(studio);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    page = await context.newPage();
    errors = watchErrors(page);
    await openEditor(page, first);
  });

  afterAll(async () => {
    await studio?.close();
  });

  it("adds a node at the centre of the view with Enter on a palette item", async () => {
    const before = new Set(await renderedNodeIds(page));
    await page.getByRole("button", { name: "Add note node" }).focus();
    await page.keyboard.press("Enter");
    const added = await eventually(async () => {
      const ids = (await renderedNodeIds(page)).filter((id) => !before.has(id));
      expect(ids).toHaveLength(1);
      return ids[0]!;
    });
    expect(await selectedIds(page)).toEqual([added]);
    const canvas = (await page.locator(".react-flow").boundingBox())!;
    const box = (await nodeLocator(page, added).boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    expect(Math.abs(cx - (canvas.x + canvas.width / 2))).toBeLessThan(canvas.width / 4);
    expect(Math.abs(cy - (canvas.y + canvas.height / 2))).toBeLessThan(canvas.height / 4);
  });

  it("duplicates the selection with Ctrl+D", async () => {
    const before = (await exportScenario(studio, first)).nodes.length;
    const [selected] = await selectedIds(page);
    await page.locator(".react-flow__pane").hover();
    await page.keyboard.press(`${mod}+d`);
    await eventually(async () => {
      expect((await exportScenario(studio, first)).nodes.length).toBe(before + 1);
    });
    const now = await selectedIds(page);
    expect(now).toHaveLength(1);
    expect(now[0]).not.toBe(selected);
  });

  it("copies nodes with Ctrl+C and pastes them into another scenario with Ctrl+V", async () => {
    await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press(`${mod}+a`);
    const copied = (await selectedIds(page)).length;
    expect(copied).toBeGreaterThan(1);
    await page.keyboard.press(`${mod}+c`);

    await openEditor(page, second);
    const before = await exportScenario(studio, second);
    await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press(`${mod}+v`);
    await eventually(async () => {
      const after = await exportScenario(studio, second);
      expect(after.nodes.length).toBe(before.nodes.length + copied);
      expect(after.edges.length).toBeGreaterThan(before.edges.length);
    });
    // The pasted nodes are the new selection.
    expect((await selectedIds(page)).length).toBe(copied);
  });

  it("finds nodes by text with Ctrl+F and selects each match", async () => {
    const scenario = await exportScenario(studio, second);
    const ending = scenario.nodes.find((n) => n.kind === "ending")!;
    await page.keyboard.press(`${mod}+f`);
    const box = page.getByRole("searchbox", { name: "Search nodes" });
    await box.waitFor();
    const title = await page
      .$eval(
        `.react-flow__node[data-id="${ending.id}"] .fl-node__title`,
        (el) => el.textContent ?? "",
      )
      .catch(() => "");
    await box.fill(title || "ending");
    await box.press("Enter");
    await eventually(async () => expect((await selectedIds(page)).length).toBe(1));
    await box.press("Escape");
    expect(await page.getByRole("searchbox", { name: "Search nodes" }).count()).toBe(0);
  });

  it("lists every shortcut in the help sheet on ?", async () => {
    await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? "";
    for (const action of [
      "Undo",
      "Redo",
      "Copy",
      "Paste",
      "Duplicate",
      "Search",
      "Delete",
      "Zoom to fit",
    ]) {
      expect(text).toContain(action);
    }
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
  });

  it("lists problems from the live analysis and takes you to the node of one", async () => {
    await page.getByRole("button", { name: /Problems/ }).click();
    const panel = page.locator(".validation");
    await panel.waitFor();
    // Add an unconnected decision: its ports show up as problems.
    await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
    await page.getByRole("button", { name: "Add decision node" }).click();
    const [added] = await selectedIds(page);
    await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
    const item = panel.locator(".diagnostic").filter({ hasText: /port/i }).first();
    await item.waitFor({ timeout: 15_000 });
    const counts = await page.getByRole("button", { name: /Problems/ }).textContent();
    expect(counts).toMatch(/[1-9]\d* errors/);
    await item.click();
    await eventually(async () => expect(await selectedIds(page)).toEqual([added]));
    await page.getByRole("button", { name: "Close problems" }).click();
  });

  it("arranges the graph in a worker and undoes the layout in one step", async () => {
    const before = await exportScenario(studio, second);
    await page.getByRole("button", { name: "Arrange" }).click();
    const arranged = await eventually(async () => {
      const now = await exportScenario(studio, second);
      const moved = now.nodes.filter((n) => {
        const was = before.nodes.find((b) => b.id === n.id)!;
        return was.position.x !== n.position.x || was.position.y !== n.position.y;
      });
      expect(moved.length).toBeGreaterThan(1);
      return now;
    }, 30_000);
    // Connected nodes end up left to right.
    const edge = arranged.edges[0]!;
    const at = (id: string) => arranged.nodes.find((n) => n.id === id)!.position.x;
    expect(at(edge.target)).toBeGreaterThan(at(edge.source));
    await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press(`${mod}+z`);
    await eventually(async () => {
      const undone = await exportScenario(studio, second);
      for (const node of undone.nodes) {
        const was = before.nodes.find((b) => b.id === node.id);
        if (was) expect(node.position).toEqual(was.position);
      }
    });
  });

  it("leaves keys pressed in the inspector to the inspector", async () => {
    await openEditor(page, first);
    const start = nodeLocator(page, "start");
    await start.locator(".fl-node__header").click();
    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });

    // In the rich-text editor "?" is a character and Ctrl+A selects the text, not every node.
    await page.getByRole("textbox", { name: "Customer line", exact: true }).click();
    await page.keyboard.press("End");
    await page.keyboard.type(" Really?");
    await page.keyboard.press(`${mod}+a`);
    expect(await help.isVisible()).toBe(false);
    expect(await selectedIds(page)).toEqual(["start"]);
    await eventually(async () => {
      const scene = (await exportScenario(studio, first)).nodes.find((n) => n.id === "start");
      expect(JSON.stringify(scene)).toContain("Really?");
    });

    // The inspector's own controls keep them too, Escape and Ctrl+D included.
    const nodeCount = (await exportScenario(studio, first)).nodes.length;
    await page
      .getByRole("toolbar", { name: "Customer line: formatting" })
      .getByRole("button", { name: "Bold" })
      .focus();
    for (const key of ["?", `${mod}+a`, `${mod}+d`, "Shift+1", "Escape"]) {
      await page.keyboard.press(key);
      expect(await help.isVisible(), key).toBe(false);
      expect(await selectedIds(page), key).toEqual(["start"]);
    }
    expect((await exportScenario(studio, first)).nodes.length).toBe(nodeCount);

    // From the canvas the same keys still work.
    await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press(`${mod}+a`);
    expect((await selectedIds(page)).length).toBe(nodeCount);
    await page.keyboard.press("?");
    await help.waitFor();
    await page.keyboard.press("Escape");
    await help.waitFor({ state: "hidden" });
  });

  it("undoes from the preview panel, while the panel keeps the other canvas keys", async () => {
    await openEditor(page, first);
    const count = async () => (await exportScenario(studio, first)).nodes.length;
    const before = await count();
    await page.getByRole("button", { name: "Add note node" }).click();
    await eventually(async () => expect(await count()).toBe(before + 1));
    const toggle = page.getByRole("button", { name: "Preview", exact: true });
    await toggle.click();
    const panel = page.getByRole("region", { name: "Preview" });
    await panel.getByRole("button", { name: "Start preview" }).focus();
    // Ctrl+D there would have duplicated the new, selected note.
    await page.keyboard.press(`${mod}+d`);
    await page.keyboard.press(`${mod}+z`);
    await eventually(async () => expect(await count()).toBe(before));
    await toggle.click();
  });

  it("raised no page errors", () => {
    expect(errors).toEqual([]);
  });
});
