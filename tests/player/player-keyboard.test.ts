import { describe, expect, it } from "vitest";
import { endingIds, findEndingRoutes } from "./support/find-endings";
import { playerHarness } from "./support/player-harness";
import {
  focused,
  openBootPage,
  openManualPage,
  playByKeyboard,
  viewOf,
} from "./support/player-page";
import { playableScenarios } from "./support/scenarios";

const harness = playerHarness();

describe("keyboard only, every scenario to every ending", () => {
  for (const { name, scenario } of playableScenarios()) {
    it(`${name}: each ending is reached with the keyboard`, async () => {
      const routes = findEndingRoutes(scenario);
      expect([...routes.keys()].sort()).toEqual(endingIds(scenario).sort());
      const { page, errors } = await openManualPage(harness.browser, harness.server, scenario);
      for (const [endingId, steps] of routes) {
        // biome-ignore lint/suspicious/noExplicitAny: the bundle's global
        await page.evaluate(() => (globalThis as any).Forkline.current.restart());
        await playByKeyboard(page, steps, true);
        const view = await viewOf(page);
        expect(view.kind).toBe("ending");
        expect(view.nodeId).toBe(endingId);
        const focus = await focused(page);
        expect(focus.tag).toBe("h2");
        expect(focus.text).toBe(view.title);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it("boots from a page built by buildBootPage and plays to an ending", async () => {
    const { scenario } = playableScenarios()[0]!;
    const routes = findEndingRoutes(scenario);
    const steps = [...routes.values()].find((s) => s.every((step) => step.t !== "timeout"))!;
    const { page, errors } = await openBootPage(harness.browser, harness.server, scenario);
    await playByKeyboard(page, steps);
    expect((await viewOf(page)).kind).toBe("ending");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
