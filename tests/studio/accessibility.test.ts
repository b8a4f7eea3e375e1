import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousAxeViolations } from "../support/axe";
import { createScenario, newContext, openEditor, type Studio, startStudio } from "./studio-harness";

function describeViolations(violations: Awaited<ReturnType<typeof seriousAxeViolations>>): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`,
    )
    .join("\n");
}

/** axe-core finds no serious or critical problem on the home screen or the editor. */
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

  it("home screen", async () => {
    await page.goto("/");
    await page.locator(".scenario-row").first().waitFor();
    const violations = await seriousAxeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("new scenario dialog", async () => {
    await page.getByRole("button", { name: "New scenario" }).click();
    await page.locator(".template-choice").nth(1).waitFor();
    const violations = await seriousAxeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.keyboard.press("Escape");
  });

  it("recently deleted", async () => {
    await page.goto("/deleted");
    await page.getByRole("heading", { name: "Recently deleted" }).waitFor();
    const violations = await seriousAxeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("editor with a selection, the problems panel and search open", async () => {
    await openEditor(page, scenarioId);
    await page.locator(".react-flow__node").first().locator(".fl-node__header").click();
    await page.getByRole("button", { name: /Problems/ }).click();
    await page.locator(".validation").waitFor();
    const violations = await seriousAxeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("help sheet", async () => {
    await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
    await page.getByRole("dialog", { name: "Keyboard shortcuts" }).waitFor();
    const violations = await seriousAxeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
