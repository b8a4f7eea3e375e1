import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../support/axe";
import {
  createScenario,
  exportScenario,
  mod,
  newContext,
  nodeLocator,
  openEditor,
  type Studio,
  startStudio,
} from "./studio-harness";

function describeViolations(violations: Awaited<ReturnType<typeof axeViolations>>): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`,
    )
    .join("\n");
}

/** axe-core finds no violation, of any impact, on the home screen or the editor. */
describe("accessibility", () => {
  let studio: Studio;
  let page: Page;
  let scenarioId: string;

  beforeAll(async () => {
    studio = await startStudio();
    scenarioId = await createScenario(studio, "Accessible", "weekend-outage");
    const context = await newContext(studio);
    page = await context.newPage();
  });

  afterAll(async () => {
    await studio?.close();
  });

  it("home screen, with the list loaded and a rename form open", async () => {
    await page.goto("/");
    await page.locator('.scenario-list[aria-busy="false"] .scenario-row').first().waitFor();
    let violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await page.getByRole("button", { name: "Rename Accessible" }).click();
    await page.locator(".rename-form").waitFor();
    violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.locator(".rename-form").waitFor({ state: "detached" });
  });

  it("new scenario dialog", async () => {
    await page.getByRole("button", { name: "New scenario" }).click();
    await page.locator(".template-choice").nth(1).waitFor();
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.keyboard.press("Escape");
  });

  it("recently deleted", async () => {
    await page.goto("/deleted");
    await page.getByRole("heading", { name: "Recently deleted" }).waitFor();
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("editor drawn in full around a decision, its inspector, the problems panel and search open", async () => {
    await openEditor(page, scenarioId);
    const scenario = await exportScenario(studio, scenarioId);
    const decision = scenario.nodes.find((n) => n.kind === "decision" && n.options?.length)!;
    const optionText = decision.options![0]!.text;
    // The story is too long to read whole: the first view opens readable, on its start,
    // with nodes drawn in full rather than in outline.
    await page.locator(".react-flow__node .fl-port--out").first().waitFor();
    expect(await page.locator(".react-flow__node .fl-node--far").count()).toBe(0);
    await nodeLocator(page, scenario.settings.startNodeId ?? "").waitFor();

    // Search walks to the decision: selected, centred and zoomed in far enough to draw its ports.
    await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press(`${mod}+f`);
    const search = page.getByRole("searchbox", { name: "Search nodes" });
    await search.fill(optionText);
    // One match: Enter goes to that decision.
    await expect.poll(() => page.locator(".node-search__status").textContent()).toBe("1 match");
    await search.press("Enter");
    const node = nodeLocator(page, decision.id);
    await page.waitForFunction(() =>
      document
        .querySelector(".react-flow__viewport")
        ?.getAttribute("style")
        ?.includes("scale(0.8)"),
    );
    await node.locator(".fl-port--out").first().waitFor();
    await page.locator(".insp-node__id", { hasText: decision.id }).waitFor();

    await page.getByRole("button", { name: /Problems/ }).click();
    await page.locator(".validation").waitFor();
    // The drawing axe checks holds ports, and the inspector shows the decision.
    expect(await page.locator(".react-flow__node .fl-port--out").count()).toBeGreaterThan(0);
    expect(await page.locator(".react-flow__node .fl-node--far").count()).toBe(0);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("gives the editor one main landmark holding the canvas and the inspector", async () => {
    expect(await page.getByRole("main").count()).toBe(1);
    const main = page.getByRole("main");
    expect(await main.locator(".react-flow").count()).toBe(1);
    expect(await main.locator(".insp").count()).toBe(1);
  });

  it("names the problems button after its visible label", async () => {
    // Speech users say what they see: the name starts with the word on the button.
    expect(await page.getByRole("button", { name: /^Problems\b/ }).count()).toBe(1);
  });

  it("help sheet", async () => {
    await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
    await page.getByRole("dialog", { name: "Keyboard shortcuts" }).waitFor();
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
