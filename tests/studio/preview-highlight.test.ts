import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngine, type RunState, type Scenario } from "../../core";
import {
  edgeLook,
  fitCanvas,
  focusPlayer,
  nodeLook,
  playByKeyboard,
  servedScenario,
  studioMountsScenarioTools,
  TRAIL,
  violationsInTools,
  waitForPreview,
} from "./preview-harness";
import {
  createScenario,
  nodeLocator,
  openEditor,
  type Studio,
  startStudio,
  VIEWPORT,
  watchErrors,
} from "./studio-harness";

/** The computed style properties by which the player's and the canvas's badges differ. */
const styleOf = (locator: Locator) =>
  locator.evaluate((el) => {
    const s = getComputedStyle(el);
    return {
      background: s.backgroundColor,
      color: s.color,
      margin: s.marginBottom,
      textTransform: s.textTransform,
    };
  });

const activeText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? "");

/** Node ids a run has passed and still counts (retried attempts aside), in order. */
const passed = (state: RunState) => state.path.filter((s) => !s.undone).map((s) => s.nodeId);

/** The edges a run took directly from one step to the next (steps joined through a condition aside). */
function directEdges(scenario: Scenario, state: RunState): string[] {
  const steps = state.path.filter((s) => !s.undone);
  const ids: string[] = [];
  steps.slice(0, -1).forEach((step, i) => {
    const port = step.kind === "decision" ? (step.optionId ?? "timeout") : "next";
    const edge = scenario.edges.find(
      (e) => e.source === step.nodeId && e.sourcePort === port && e.target === steps[i + 1]!.nodeId,
    );
    if (edge) ids.push(edge.id);
  });
  return ids;
}

async function expectTrail(page: Page, scenario: Scenario, state: RunState): Promise<void> {
  await fitCanvas(page);
  const onPath = new Set(passed(state));
  for (const id of onPath) {
    const look = await nodeLook(page, id);
    expect(look.rendered, id).toBe(true);
    expect(look.shadow, `ring on ${id}`).toContain(TRAIL);
    expect(look.badge, `badge on ${id}`).toBe(id === state.nodeId ? "Preview" : "");
  }
  const edges = directEdges(scenario, state);
  expect(edges.length).toBeGreaterThan(0);
  for (const id of edges) expect((await edgeLook(page, id))?.stroke, `edge ${id}`).toBe(TRAIL);
  const elsewhere = scenario.nodes.filter((n) => n.kind !== "condition" && !onPath.has(n.id));
  expect(elsewhere.length).toBeGreaterThan(0);
  for (const n of elsewhere) {
    const look = await nodeLook(page, n.id);
    expect(look.shadow, `no ring on ${n.id}`).not.toContain(TRAIL);
    expect(look.badge).toBe("");
  }
  await focusPlayer(page);
}

describe.skipIf(!studioMountsScenarioTools())("preview in the studio", () => {
  let studio: Studio;
  let page: Page;
  let errors: string[];
  let scenario: Scenario;

  beforeAll(async () => {
    studio = await startStudio();
    const id = await createScenario(studio, "Preview", "weekend-outage");
    scenario = await servedScenario(studio, id);
    const context = await studio.browser.newContext({
      viewport: VIEWPORT,
      baseURL: studio.server.url,
      // No typing beats and no animated panning: the test waits on content, not time.
      reducedMotion: "reduce",
    });
    page = await context.newPage();
    errors = watchErrors(page);
    await openEditor(page, id);
  });

  afterAll(async () => {
    await studio?.close();
  });

  it("highlights the node on screen and the path so far as choices are made by keyboard", async () => {
    const preview = page.getByRole("button", { name: "Preview", exact: true });
    await preview.focus();
    await page.keyboard.press("Enter");
    const panel = page.getByRole("region", { name: "Preview" });
    await expect.poll(() => activeText(page)).toBe("Preview");
    await panel.getByRole("button", { name: "Start preview" }).click();

    const engine = createEngine(scenario);
    const start = engine.start({ seed: 1 });
    // Two decisions in, on whatever comes after the second one's feedback.
    const mid = await playByKeyboard(
      page,
      engine,
      start,
      (i, n) => (i + 1) % n,
      (s) =>
        s.path.filter((p) => p.kind === "decision" && p.optionId).length === 2 &&
        s.status !== "feedback",
    );
    await expectTrail(page, scenario, mid);

    // On to the ending: the last node passed carries the badge, every step before it the ring.
    const end = await playByKeyboard(page, engine, mid, (i, n) => i % n);
    expect(end.status).toBe("ended");
    await expectTrail(page, scenario, end);

    // The player and the canvas nodes share the class names .fl-outcome and .fl-quality:
    // the debrief looks as in an exported player (player/styles), not like a canvas badge.
    const outcome = await styleOf(page.locator(".preview-player .fl-outcome"));
    expect(outcome.background).toBe("rgb(241, 243, 245)");
    expect(outcome.color).not.toBe("rgb(255, 255, 255)");
    const quality = await styleOf(page.locator(".preview-player .fl-quality").first());
    expect(quality.textTransform).toBe("none");

    // Escape (here from inside the player) closes the preview, takes its highlights away
    // and gives focus back to the button that opened it.
    expect(await page.evaluate(() => !!document.activeElement?.closest(".preview-player"))).toBe(
      true,
    );
    await page.keyboard.press("Escape");
    await panel.waitFor({ state: "detached" });
    await expect.poll(() => activeText(page)).toContain("Preview");
    expect(await preview.getAttribute("aria-expanded")).toBe("false");
    expect((await nodeLook(page, end.nodeId)).badge).toBe("");
    expect((await nodeLook(page, end.nodeId)).shadow).not.toContain(TRAIL);
    expect(errors).toEqual([]);
  });

  it("previews from a node chosen on the canvas, with variables set by hand and checked first", async () => {
    const from = "d-next-steps";
    await fitCanvas(page);
    await nodeLocator(page, from).locator(".fl-node__header").click();
    await page.getByRole("button", { name: "Preview", exact: true }).click();
    const panel = page.getByRole("region", { name: "Preview" });
    await panel.getByRole("radio", { name: "Another node" }).check();
    // The picker starts on the node selected on the canvas.
    expect(await panel.getByLabel("Node to start from").inputValue()).toBe(from);

    const trust = panel.getByLabel("trust", { exact: true });
    await trust.fill("42");
    await panel.getByLabel("workaround_on").check();
    await panel.getByRole("button", { name: "Start preview" }).click();
    await panel.getByText("Enter 0 to 10").waitFor();
    // The setup form, with an error showing, passes axe.
    expect(await violationsInTools(page)).toEqual([]);
    expect(await trust.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => trust.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator(".preview-player").count()).toBe(0);

    await trust.fill("9");
    await panel.getByRole("button", { name: "Start preview" }).click();

    const engine = createEngine(scenario);
    const state = engine.start({
      seed: 1,
      startNodeId: from,
      variables: { trust: 9, workaround_on: true },
    });
    const view = engine.view(state);
    expect(view.kind).toBe("decision");
    await waitForPreview(page, view, 1);
    // The options shown are the ones the hand-set variables allow.
    const shown = await page.locator(".preview-player .fl-option-text").allTextContents();
    const expected = view.kind === "decision" ? view.options.map((o) => o.text) : [];
    expect(shown).toEqual(expected);
    expect(expected.length).toBe(3);
    expect(await panel.locator('[data-variable="trust"]').textContent()).toBe("9 (was 3)");
    expect(await panel.locator('[data-variable="workaround_on"]').textContent()).toBe(
      "true (was false)",
    );

    // With the player's style sheet loaded, the node's option qualities keep the canvas's look.
    const strong = nodeLocator(page, from).locator(".fl-quality--strong").first();
    await strong.waitFor();
    expect(await styleOf(strong)).toMatchObject({
      color: "rgb(29, 107, 67)",
      margin: "0px",
      textTransform: "uppercase",
    });

    const look = await nodeLook(page, from);
    expect(look.badge).toBe("Preview");
    expect(look.shadow).toContain(TRAIL);
    // Nothing before the chosen node is part of this run.
    expect((await nodeLook(page, "s-opening")).shadow).not.toContain(TRAIL);
    expect(errors).toEqual([]);
  });
});
