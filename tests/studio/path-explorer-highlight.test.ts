import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  countPaths,
  coverage,
  type ExploredPath,
  explorePaths,
  type Scenario,
  scoreRanges,
} from "../../core";
import {
  edgeLook,
  fitCanvas,
  nodeLook,
  PATH_A,
  PATH_B,
  servedScenario,
  studioMountsScenarioTools,
  TRAIL,
  violationsInTools,
} from "./preview-harness";
import {
  createScenario,
  openEditor,
  type Studio,
  startStudio,
  VIEWPORT,
  watchErrors,
} from "./studio-harness";

const grouped = (n: bigint | number) => new Intl.NumberFormat("en").format(n);

/** The edges an explored path takes, found independently: each pair of nodes joined by the port chosen. */
function edgesOf(scenario: Scenario, path: ExploredPath): string[] {
  const kinds = new Map(scenario.nodes.map((n) => [n.id, n.kind]));
  let choice = 0;
  return path.nodeIds.slice(0, -1).map((from, i) => {
    const to = path.nodeIds[i + 1]!;
    const port = kinds.get(from) === "decision" ? path.choices[choice++] : undefined;
    const edge = scenario.edges.find(
      (e) => e.source === from && e.target === to && (port === undefined || e.sourcePort === port),
    );
    if (!edge) throw new Error(`no edge ${from} -> ${to}`);
    return edge.id;
  });
}

describe.skipIf(!studioMountsScenarioTools())("path explorer in the studio", () => {
  let studio: Studio;
  let page: Page;
  let errors: string[];
  let scenario: Scenario;
  let explored: ExploredPath[];
  let panel: Locator;

  beforeAll(async () => {
    studio = await startStudio();
    const id = await createScenario(studio, "Paths", "weekend-outage");
    scenario = await servedScenario(studio, id);
    explored = explorePaths(scenario, { budget: 5_000 }).paths;
    const context = await studio.browser.newContext({
      viewport: VIEWPORT,
      baseURL: studio.server.url,
      reducedMotion: "reduce",
    });
    page = await context.newPage();
    errors = watchErrors(page);
    await openEditor(page, id);
    await page.getByRole("button", { name: "Paths", exact: true }).click();
    panel = page.getByRole("region", { name: "Paths" });
  });

  afterAll(async () => {
    await studio?.close();
  });

  it("shows the exact number of paths, the score range per dimension and every playable path", async () => {
    const count = countPaths(scenario).count;
    await expect
      .poll(() => panel.getByTestId("path-count").textContent(), { timeout: 15_000 })
      .toBe(grouped(count));
    const ranges = scoreRanges(scenario);
    for (const d of scenario.rubric.dimensions) {
      const cells = await panel
        .getByRole("row", { name: new RegExp(`^${d.label} `) })
        .locator("td")
        .allTextContents();
      expect(cells).toEqual([
        String(ranges[d.id]!.min),
        String(ranges[d.id]!.max),
        String(d.maxPoints),
      ]);
    }
    await expect
      .poll(() => panel.getByTestId("paths-status").textContent())
      .toBe(`All ${grouped(explored.length)} playable paths listed.`);
    expect(await panel.locator(".path-row").count()).toBe(Math.min(50, explored.length));
  });

  it("draws a path on the canvas when it is clicked", async () => {
    const path = explored[1]!;
    const button = panel.locator(".path-row__show").nth(1);
    await button.click();
    expect(await button.getAttribute("aria-pressed")).toBe("true");
    await fitCanvas(page);
    const on = new Set(path.nodeIds);
    for (const id of on) {
      const look = await nodeLook(page, id);
      expect(look.outline, id).toBe(`solid ${PATH_A}`);
      expect(look.badge, id).toBe("A");
    }
    for (const id of edgesOf(scenario, path))
      expect((await edgeLook(page, id))?.stroke, id).toBe(PATH_A);
    for (const n of scenario.nodes.filter((n) => !on.has(n.id))) {
      const look = await nodeLook(page, n.id);
      expect(look.rendered, n.id).toBe(true);
      expect(look.outline, n.id).toBe("");
    }
    // Clicking it again takes it off the canvas, in the same frame as the button shows it off.
    await button.click();
    expect(await button.getAttribute("aria-pressed")).toBe("false");
    for (const id of on) expect((await nodeLook(page, id)).badge, id).toBe("");
    for (const id of edgesOf(scenario, path))
      expect((await edgeLook(page, id))?.stroke, id).not.toBe(PATH_A);
  });

  it("compares two paths side by side and draws both", async () => {
    const [a, b] = [explored[0]!, explored[2]!];
    await panel.getByRole("checkbox", { name: "Compare path 1", exact: true }).check();
    await panel.getByRole("checkbox", { name: "Compare path 3", exact: true }).check();
    const table = panel.locator(".path-compare__table");
    await table.waitFor({ timeout: 15_000 });
    expect(await table.locator("caption").textContent()).toBe(
      "Path 1 (A) and path 3 (B), step by step",
    );
    const columns = await table.locator("thead th").allTextContents();
    const title = (id: string) => scenario.nodes.find((n) => n.id === id && n.kind === "ending");
    expect(columns.slice(1)).toEqual([
      `Path A: ${(title(a.endingId) as { title: string }).title}`,
      `Path B: ${(title(b.endingId) as { title: string }).title}`,
    ]);
    // Every choice of each path is in its column, with the mood after each step.
    const rows = table.locator("tbody").first().locator("tr");
    const column = (i: number) => rows.locator(`td:nth-child(${i + 2})`);
    expect(await column(0).locator(".compare-choice").count()).toBe(a.choices.length);
    expect(await column(1).locator(".compare-choice").count()).toBe(b.choices.length);
    expect(await column(0).locator(".compare-mood").count()).toBeGreaterThan(a.choices.length);
    for (const d of scenario.rubric.dimensions) {
      const cells = await table
        .getByRole("row", { name: new RegExp(`^${d.label} `) })
        .locator("td")
        .allTextContents();
      expect(cells).toEqual([
        `${a.scores[d.id]} of ${d.maxPoints}`,
        `${b.scores[d.id]} of ${d.maxPoints}`,
      ]);
    }

    await fitCanvas(page);
    for (const id of new Set([...a.nodeIds, ...b.nodeIds])) {
      const look = await nodeLook(page, id);
      const inA = a.nodeIds.includes(id);
      const inB = b.nodeIds.includes(id);
      expect(look.badge, id).toBe(inA && inB ? "A · B" : inA ? "A" : "B");
      expect(look.outline, id).toBe(inA ? `solid ${PATH_A}` : "");
      expect(look.after, id).toBe(inB ? `dashed ${PATH_B}` : "");
    }
    const onlyB = edgesOf(scenario, b).filter((e) => !edgesOf(scenario, a).includes(e));
    expect(onlyB.length).toBeGreaterThan(0);
    for (const id of onlyB) {
      const look = await edgeLook(page, id);
      expect(look?.stroke).toBe(PATH_B);
      expect(look?.dashes).not.toBe("none");
    }
  });

  it("opens a compared path in the preview, and axe finds no violation with both open", async () => {
    const [a, b] = [explored[0]!, explored[2]!];
    await panel.getByRole("button", { name: "Open path B in the preview" }).click();
    const preview = page.getByRole("region", { name: "Preview" });
    // The player shows path B's debrief: the run the explorer played, checked by the engine.
    await page.locator(".preview-player .fl-debrief").waitFor({ timeout: 15_000 });
    const violations = await violationsInTools(page);
    expect(
      violations,
      violations
        .map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(" "))}`)
        .join("\n"),
    ).toEqual([]);
    // Both highlights at once: the preview's run (path B) and the compared paths.
    await fitCanvas(page);
    const stops = new Set(
      scenario.nodes.filter((n) => n.kind !== "condition" && n.kind !== "note").map((n) => n.id),
    );
    for (const id of b.nodeIds.filter((n) => stops.has(n))) {
      const look = await nodeLook(page, id);
      expect(look.shadow, id).toContain(TRAIL);
      const letters = a.nodeIds.includes(id) ? "A · B" : "B";
      expect(look.badge, id).toBe(id === b.endingId ? `Preview · ${letters}` : letters);
    }
    await preview.getByRole("button", { name: "Close preview" }).click();
    await preview.waitFor({ state: "detached" });
  });

  it("says when the budget stopped the search, and refuses a budget out of range", async () => {
    const budget = [100, 200, 400, 800].find((n) => {
      const r = explorePaths(scenario, { budget: n });
      return r.stoppedAtBudget && r.paths.length > 0;
    })!;
    const found = explorePaths(scenario, { budget }).paths.length;
    const field = panel.getByLabel("Budget");
    await field.fill("0");
    await panel.getByRole("button", { name: /^Explore/ }).click();
    await panel.getByText("Enter a whole number from 1 to 500,000").waitFor();
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    await field.fill(String(budget));
    await panel.getByRole("button", { name: /^Explore/ }).click();
    await expect
      .poll(() => panel.getByTestId("paths-status").textContent(), { timeout: 15_000 })
      .toContain(`Stopped after ${grouped(found)} paths`);
  });

  it("lists what no play reaches and weak choices with no way back; each takes you to its node", async () => {
    const expected = coverage(scenario);
    expect(expected.complete).toBe(true);
    const weak = panel.getByRole("region", { name: /^Weak choices with no way back/ });
    await weak.waitFor({ timeout: 15_000 });
    expect(await weak.getByRole("heading").textContent()).toBe(
      `Weak choices with no way back (${expected.weakWithoutSuccessRoute.length})`,
    );
    const unoffered = panel.getByRole("region", { name: /^Options never offered/ });
    expect(await unoffered.getByRole("button").count()).toBe(expected.unreachedOptions.length);
    expect(await panel.getByRole("region", { name: /^Nodes no play reaches/ }).count()).toBe(
      expected.unreachedNodeIds.length === 0 ? 0 : 1,
    );

    const target = expected.weakWithoutSuccessRoute[0]!;
    await weak.getByRole("button").first().click();
    await expect.poll(async () => (await nodeLook(page, target.nodeId)).selected).toBe(true);

    // Escape closes the explorer and gives focus back to its button.
    await weak.getByRole("button").first().focus();
    await page.keyboard.press("Escape");
    await panel.waitFor({ state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Paths");
    expect(errors).toEqual([]);
  });
});
