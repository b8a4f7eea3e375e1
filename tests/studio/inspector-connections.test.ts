import type { Page } from "playwright-core";
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

const edgesFrom = async (studio: Studio, scenarioId: string, nodeId: string) =>
  (await exportScenario(studio, scenarioId)).edges.filter((e) => e.source === nodeId);

/** Connecting nodes without a mouse: the inspector's "Leads to" choices. */
describe("connecting ports from the inspector", () => {
  let studio: Studio;
  let scenarioId: string;
  let page: Page;
  let errors: string[];
  let scene: string;
  let decision: string;

  beforeAll(async () => {
    studio = await startStudio();
    scenarioId = await createScenario(studio, "Connections by keyboard");
    page = await (await newContext(studio)).newPage();
    errors = watchErrors(page);
    await openEditor(page, scenarioId);
    scene = await addFromPalette(page, "scene");
    decision = await addFromPalette(page, "decision");
  });

  afterAll(async () => {
    await studio?.close();
  });

  it("lists each port of the selected node and connects one when a target is chosen", async () => {
    await nodeLocator(page, decision).click();
    const section = page.locator("summary", { hasText: "Leads to" });
    await section.focus();
    await page.keyboard.press("Enter");
    const firstOption = page.getByLabel(/^Option 1/);
    await expect(firstOption.inputValue()).resolves.toBe("");
    const [option] = (await exportScenario(studio, scenarioId)).nodes.find(
      (n) => n.id === decision,
    )!.options!;
    expect(await page.getByLabel(/^Option \d/).count()).toBeGreaterThanOrEqual(2);

    await firstOption.focus();
    await firstOption.selectOption(scene);
    await eventually(async () => {
      expect(await edgesFrom(studio, scenarioId, decision)).toEqual([
        expect.objectContaining({ sourcePort: option!.id, target: scene }),
      ]);
    });
    await eventually(async () => {
      expect(await page.locator(`.react-flow__edge[data-id]`).count()).toBeGreaterThan(0);
    });
  });

  it("undoes the connection with Ctrl+Z and removes one by choosing nowhere", async () => {
    const firstOption = page.getByLabel(/^Option 1/);
    await firstOption.focus();
    await page.keyboard.press(`${mod}+z`);
    await eventually(async () => {
      expect(await edgesFrom(studio, scenarioId, decision)).toEqual([]);
    });
    await expect(firstOption.inputValue()).resolves.toBe("");

    await firstOption.selectOption(scene);
    await eventually(async () => {
      expect(await edgesFrom(studio, scenarioId, decision)).toHaveLength(1);
    });
    await firstOption.selectOption("");
    await eventually(async () => {
      expect(await edgesFrom(studio, scenarioId, decision)).toEqual([]);
    });
    expect(errors).toEqual([]);
  });
});
