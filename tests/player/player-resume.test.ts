import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { lateDelivery } from "./fixtures/late-delivery";
import type { PlayStep } from "./support/find-endings";
import { playerHarness } from "./support/player-harness";
import {
  openBootPage,
  playByKeyboard,
  stateOf,
  trackerEvents,
  viewOf,
} from "./support/player-page";

const harness = playerHarness();

const next: PlayStep = { t: "continue" };
const FIRST_HALF: PlayStep[] = [
  { t: "reflect", value: 3 },
  next,
  { t: "choose", optionId: "o1b" },
  next,
];

const suspended = (page: Page) =>
  // biome-ignore lint/suspicious/noExplicitAny: the bundle's global
  page.evaluate(() => (globalThis as any).Forkline.tracker.suspended);

describe("resume", () => {
  it("restores a suspended run through the engine, with its conversation so far", async () => {
    const scenario = lateDelivery();
    const first = await openBootPage(harness.browser, harness.server, scenario);
    await playByKeyboard(first.page, FIRST_HALF);
    const before = await stateOf(first.page);
    const saved: string = await suspended(first.page);
    expect(saved).toMatch(/^[\x20-\x7e]+$/);
    await first.page.context().close();

    const { page, errors } = await openBootPage(harness.browser, harness.server, scenario, {
      config: { tracker: { resume: saved } },
    });
    const after = await stateOf(page);
    expect(after).toMatchObject({
      status: before.status,
      nodeId: before.nodeId,
      vars: before.vars,
      scores: before.scores,
    });
    expect(after.path).toHaveLength(before.path.length);
    expect(await page.locator(".fl-line--customer").count()).toBe(2);
    expect(await page.locator(".fl-line--learner").allTextContents()).toEqual([
      "YouLet me look into that.",
    ]);
    const events = await trackerEvents(page);
    expect(events.map((e) => e.type)).toEqual(["start", "step"]);
    expect(events[1]).toMatchObject({ nodeId: before.nodeId, kind: "scene" });
    // The run goes on from there.
    await playByKeyboard(page, [next, { t: "choose", optionId: "o2a" }]);
    expect((await viewOf(page)).kind).toBe("feedback");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows the debrief again without reporting the ending twice", async () => {
    const scenario = lateDelivery();
    const first = await openBootPage(harness.browser, harness.server, scenario);
    await playByKeyboard(first.page, [...FIRST_HALF, next, { t: "choose", optionId: "o2b" }, next]);
    expect((await viewOf(first.page)).kind).toBe("ending");
    const saved = await suspended(first.page);
    await first.page.context().close();

    const { page } = await openBootPage(harness.browser, harness.server, scenario, {
      config: { tracker: { resume: saved } },
    });
    expect((await viewOf(page)).kind).toBe("ending");
    expect(await page.locator(".fl-debrief h2").textContent()).toBe("Maya is calmer");
    expect((await trackerEvents(page)).map((e) => e.type)).toEqual(["start", "step"]);
    await page.context().close();
  });

  it("starts afresh when the saved run does not fit the scenario", async () => {
    const { page, errors } = await openBootPage(harness.browser, harness.server, lateDelivery(), {
      config: { tracker: { resume: "not a saved run" } },
    });
    expect(await stateOf(page)).toMatchObject({ status: "reflection", nodeId: "pre" });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("survives a reload with the local tracker's storage, saving on the way out", async () => {
    const { page } = await openBootPage(harness.browser, harness.server, lateDelivery(), {
      config: { tracker: { storageKey: "forkline-test-run" } },
    });
    await playByKeyboard(page, FIRST_HALF);
    const before = await stateOf(page);
    await page.reload();
    await page.waitForFunction(() => {
      // biome-ignore lint/suspicious/noExplicitAny: the bundle's global
      return !!(globalThis as any).Forkline?.current?.getView();
    });
    const after = await stateOf(page);
    expect(after).toMatchObject({ status: before.status, nodeId: before.nodeId });
    expect(after.log).toEqual(before.log);
    await page.context().close();
  });
});
