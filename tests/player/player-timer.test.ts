import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ScenarioSchema } from "../../core";
import { lateDelivery, lateDeliveryInput } from "./fixtures/late-delivery";
import type { PlayStep } from "./support/find-endings";
import { playerHarness } from "./support/player-harness";
import {
  advance,
  openManualPage,
  playByKeyboard,
  tabTo,
  trackerEvents,
  viewOf,
} from "./support/player-page";

const harness = playerHarness();

/** From the start to the timed decision d2, through the weak first reply. */
const TO_TIMED: PlayStep[] = [
  { t: "reflect", value: 3 },
  { t: "continue" },
  { t: "choose", optionId: "o1c" },
  { t: "continue" },
  { t: "continue" },
];

const timerText = (page: Page) => page.locator(".fl-timer-text").textContent();
const announced = (page: Page) => page.locator(".fl-player [role=status]").textContent();

describe("timed decisions", () => {
  it("counts down on the player's clock, pauses, adds time, then follows the timeout port", async () => {
    const { page, errors } = await openManualPage(harness.browser, harness.server, lateDelivery());
    await playByKeyboard(page, TO_TIMED);
    expect((await viewOf(page)).nodeId).toBe("d2");
    expect(await timerText(page)).toBe("0:10 left");

    await advance(page, 3000);
    expect(await timerText(page)).toBe("0:07 left");

    await tabTo(page, (f) => f.text === "Pause timer");
    await page.keyboard.press("Enter");
    await advance(page, 60_000);
    expect((await viewOf(page)).kind).toBe("decision");
    expect(await timerText(page)).toBe("0:07 left · Timer paused");
    expect(await page.locator(".fl-timer button").first().textContent()).toBe("Resume timer");

    await page.keyboard.press("Enter"); // the same button now resumes
    await advance(page, 2000);
    expect(await timerText(page)).toBe("0:05 left");

    await tabTo(page, (f) => f.text === "More time");
    await page.keyboard.press("Enter");
    expect(await timerText(page)).toBe("0:25 left");
    expect(await announced(page)).toContain("20 more seconds");

    await advance(page, 16_000);
    expect(await announced(page)).toContain("10 seconds left");
    await advance(page, 9000);

    const feedback = await viewOf(page);
    expect(feedback.kind).toBe("feedback");
    expect(feedback.timedOut).toBe(true);
    expect(await page.locator(".fl-feedback h2").textContent()).toBe("Time ran out");
    expect(await page.locator(".fl-line--learner").last().textContent()).toContain(
      "No reply: the time ran out.",
    );
    expect(await page.locator(".fl-feedback").textContent()).toContain("Set a timeline");

    const choice = (await trackerEvents(page)).filter((e) => e.type === "choice").at(-1).choice;
    expect(choice).toMatchObject({ nodeId: "d2", optionId: null, timedOut: true, quality: "weak" });
    // Time on the decision is wall time from the options showing to the timeout, pauses included.
    expect(choice.ms).toBe(3000 + 60_000 + 2000 + 25_000);

    await tabTo(page, (f) => f.text === "Continue");
    await page.keyboard.press("Enter");
    const next = await viewOf(page);
    expect(next).toMatchObject({ kind: "scene", nodeId: "s3t" });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("answers before the time runs out stop the countdown", async () => {
    const { page } = await openManualPage(harness.browser, harness.server, lateDelivery());
    await playByKeyboard(page, [...TO_TIMED, { t: "choose", optionId: "o2a" }]);
    expect((await viewOf(page)).kind).toBe("feedback");
    await advance(page, 60_000);
    const view = await viewOf(page);
    expect(view).toMatchObject({ kind: "feedback", timedOut: false, optionId: "o2a" });
    await page.context().close();
  });

  it("shows no pause or more-time controls when the scenario fixes its timers", async () => {
    const input = lateDeliveryInput();
    input.settings = { ...input.settings, timerAdjustable: false };
    const { page } = await openManualPage(
      harness.browser,
      harness.server,
      ScenarioSchema.parse(input),
    );
    await playByKeyboard(page, TO_TIMED);
    expect(await page.locator(".fl-timer").count()).toBe(1);
    expect(await page.locator(".fl-timer button").count()).toBe(0);
    await advance(page, 10_000);
    expect((await viewOf(page)).timedOut).toBe(true);
    await page.context().close();
  });
});
