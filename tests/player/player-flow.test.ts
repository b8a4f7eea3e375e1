import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ScenarioSchema } from "../../core";
import { lateDelivery, lateDeliveryInput } from "./fixtures/late-delivery";
import type { PlayStep } from "./support/find-endings";
import { playerHarness } from "./support/player-harness";
import {
  advance,
  focused,
  openManualPage,
  playByKeyboard,
  stateOf,
  tabTo,
  trackerEvents,
  viewOf,
} from "./support/player-page";

const harness = playerHarness();

const choose = (optionId: string): PlayStep => ({ t: "choose", optionId });
const next: PlayStep = { t: "continue" };
const SUCCESS: PlayStep[] = [
  { t: "reflect", value: 2 },
  next,
  choose("o1a"),
  next,
  next,
  choose("o2a"),
  next,
  { t: "reflect", value: 4 },
  { t: "reflect", value: "Name the delay first." },
];
const FAILURE: PlayStep[] = [
  { t: "reflect", value: 3 },
  next,
  choose("o1c"),
  next,
  next,
  choose("o2b"),
  next,
];

const text = (page: Page, selector: string) => page.locator(selector).allTextContents();
const announced = (page: Page) => page.locator(".fl-player [role=status]").textContent();

describe("feedback, retry and adaptive difficulty", () => {
  it("try again undoes the choice and its effects, within the retry policy", async () => {
    const { page } = await openManualPage(harness.browser, harness.server, lateDelivery());
    await playByKeyboard(page, [{ t: "reflect", value: 3 }, next, choose("o1c")]);
    expect(await text(page, ".fl-feedback h2")).toEqual(["Weak reply"]);
    expect(await text(page, ".fl-changes li")).toEqual([
      "Trust: 4 → 2 (-2)",
      "Escalated: no → yes",
    ]);
    expect(await page.locator(".fl-mood-shift").textContent()).toBe("Frustrated → Furious");
    expect(await text(page, ".fl-skills--missed li")).toEqual(["Acknowledge the impact"]);
    expect(await announced(page)).toContain("Weak reply. Maya Okafor: Frustrated → Furious.");

    for (let attempt = 1; attempt <= 2; attempt++) {
      await tabTo(page, (f) => f.text === "Try again");
      await page.keyboard.press("Enter");
      const state = await stateOf(page);
      expect(state).toMatchObject({ status: "decision", nodeId: "d1", retries: attempt });
      expect(state.vars).toEqual({ trust: 4, escalated: false });
      expect(await page.locator(".fl-line--learner").count()).toBe(0);
      expect((await focused(page)).cls).toContain("fl-prompt");
      await playByKeyboard(page, [choose("o1c")]);
    }
    // maxRetries is 2: the third feedback offers only Continue.
    expect(await text(page, ".fl-feedback button")).toEqual(["Continue"]);
    await page.context().close();
  });

  it("explains a level change when two weak replies ease the difficulty", async () => {
    const { page } = await openManualPage(harness.browser, harness.server, lateDelivery());
    await playByKeyboard(page, FAILURE.slice(0, -1));
    expect((await stateOf(page)).levelChange).toEqual({
      from: "standard",
      to: "gentle",
      reason: "eased-after-weak",
    });
    const notice = await page.locator(".fl-level").textContent();
    expect(notice).toContain("a little more guided");
    expect(await announced(page)).toContain("a little more guided");
    await playByKeyboard(page, [next]);
    expect(await page.locator(".fl-level").count()).toBe(0);
    await page.context().close();
  });

  it("shows no feedback panel in end-feedback mode and gathers the coaching in the debrief", async () => {
    const input = lateDeliveryInput();
    input.settings = { ...input.settings, feedbackMode: "end" };
    const { page } = await openManualPage(
      harness.browser,
      harness.server,
      ScenarioSchema.parse(input),
    );
    await playByKeyboard(page, [{ t: "reflect", value: 3 }, next, choose("o1c")]);
    expect((await viewOf(page)).kind).toBe("scene");
    await playByKeyboard(page, [next, choose("o2b")]);
    expect((await viewOf(page)).kind).toBe("ending");
    const coaching = await text(page, ".fl-end-feedback > li");
    expect(coaching).toHaveLength(2);
    expect(coaching[0]).toContain("Deliveries can be late");
    expect(coaching[0]).toContain("Feedback for o1c.");
    await page.context().close();
  });
});

describe("reflections", () => {
  it("records the time spent on each answer from the player's clock", async () => {
    const { page } = await openManualPage(harness.browser, harness.server, lateDelivery());
    await advance(page, 4200);
    await playByKeyboard(page, SUCCESS.slice(0, 7));
    await advance(page, 1500);
    await playByKeyboard(page, SUCCESS.slice(7, 8));
    await advance(page, 12_000);
    await playByKeyboard(page, SUCCESS.slice(8));
    const { reflections } = await stateOf(page);
    expect(
      reflections.map((r: { value: unknown; ms: number; phase: string }) => [
        r.phase,
        r.value,
        r.ms,
      ]),
    ).toEqual([
      ["pre", 2, 4200],
      ["mid", 4, 1500],
      ["post", "Name the delay first.", 12_000],
    ]);
    const events = (await trackerEvents(page)).filter((e) => e.type === "reflection");
    expect(events.map((e) => [e.answer.ms, e.answer.prompt])).toEqual([
      [4200, "How confident are you at calming an upset customer?"],
      [1500, "Giving a timeline early helped."],
      [12_000, "What will you say first next time?"],
    ]);
    await page.context().close();
  });

  it("asks again when nothing was chosen", async () => {
    const { page } = await openManualPage(harness.browser, harness.server, lateDelivery());
    await tabTo(page, (f) => f.text === "Save answer");
    await page.keyboard.press("Enter");
    expect(await page.locator(".fl-reflection [role=alert]").textContent()).toBe(
      "Choose one of the answers first.",
    );
    expect((await viewOf(page)).kind).toBe("reflection");
    await page.context().close();
  });
});

describe("debrief", () => {
  it("shows outcome, scores against the passing rule, skills and the path with moods", async () => {
    const { page } = await openManualPage(harness.browser, harness.server, lateDelivery());
    await advance(page, 2000);
    await playByKeyboard(page, SUCCESS);
    expect(await page.locator(".fl-debrief h2").textContent()).toBe("Maya is reassured");
    expect(await page.locator(".fl-outcome").textContent()).toBe("Resolved");
    expect(await text(page, ".fl-score")).toEqual([
      "Acknowledge2 of 2 points (100%)",
      "Act4 of 4 points (100%)",
    ]);
    expect(await text(page, ".fl-rule")).toEqual(["To pass: an overall score of at least 60%."]);
    expect(await text(page, ".fl-result")).toEqual(["Passed"]);
    expect(await text(page, ".fl-skills--practised li")).toEqual([
      "Acknowledge the impact",
      "Act with clear next steps (×2)",
      "Set a timeline",
    ]);
    expect(await text(page, ".fl-facts li")).toEqual([
      "Replies: 2 strong, 0 mixed, 0 weak.",
      "Time taken: 2 s.",
    ]);
    const steps = await text(page, ".fl-replay > li");
    expect(steps).toHaveLength(7);
    expect(steps[1]).toContain("Maya Okafor Frustrated");
    expect(steps[2]).toContain("Frustrated → Neutral");
    expect(steps[4]).toContain("Neutral → Delighted");
    expect(steps[5]).toContain("4 of 5");
    expect(await page.locator(".fl-replay button").count()).toBe(2);
    // The conversation log gives way to the replay at the end.
    expect(await page.locator(".fl-log").isVisible()).toBe(false);
    await page.context().close();
  });

  it("rewinds to a decision, keeps the scores honest and shows the undone attempts", async () => {
    const { page } = await openManualPage(harness.browser, harness.server, lateDelivery());
    await playByKeyboard(page, SUCCESS);
    await tabTo(page, (f) => f.text.startsWith("Try a different choice here"));
    await page.keyboard.press("Enter");
    const state = await stateOf(page);
    expect(state).toMatchObject({ status: "decision", nodeId: "d1", retries: 1 });
    expect(state.scores).toEqual({ acknowledge: 0, act: 0 });
    expect(state.reflections).toHaveLength(1);
    expect(await page.locator(".fl-log").isVisible()).toBe(true);
    expect(await page.locator(".fl-line--learner").count()).toBe(0);
    await playByKeyboard(page, FAILURE.slice(2));
    expect(await page.locator(".fl-debrief h2").textContent()).toBe("Maya escalates");
    expect(await text(page, ".fl-score-value")).toEqual([
      "0 of 2 points (0%)",
      "0 of 4 points (0%)",
    ]);
    expect(await text(page, ".fl-result")).toEqual(["Not passed yet"]);
    expect(await text(page, ".fl-skills--missed li")).toEqual([
      "Acknowledge the impact",
      "Set a timeline",
    ]);
    expect(await text(page, ".fl-replay-section .fl-note")).toEqual([
      "2 earlier attempts were undone.",
    ]);
    const ends = (await trackerEvents(page)).filter((e) => e.type === "end");
    expect(ends.map((e) => e.record.endingId)).toEqual(["end-success", "end-failure"]);
    await page.context().close();
  });
});

describe("the customer's line", () => {
  it("comes after a typing beat on the player's clock, then is announced", async () => {
    const { page } = await openManualPage(harness.browser, harness.server, lateDelivery(), {
      mount: { typingMs: 900 },
    });
    await playByKeyboard(page, [{ t: "reflect", value: 3 }]);
    expect(await page.locator(".fl-line--typing").textContent()).toContain(
      "Maya Okafor is typing…",
    );
    expect(await page.locator(".fl-stage button").count()).toBe(0);
    await advance(page, 900);
    expect(await page.locator(".fl-line--typing").count()).toBe(0);
    expect(await page.locator(".fl-line--customer .fl-says").textContent()).toContain(
      "My order was due on Monday",
    );
    expect(await announced(page)).toContain(
      "Maya Okafor (Frustrated): My order was due on Monday.",
    );
    expect((await focused(page)).text).toBe("Continue");
    await page.context().close();
  });

  it("skips the beat when the learner prefers reduced motion", async () => {
    const { page } = await openManualPage(harness.browser, harness.server, lateDelivery(), {
      mount: { typingMs: 900 },
      context: { reducedMotion: "reduce" },
    });
    await playByKeyboard(page, [{ t: "reflect", value: 3 }]);
    expect(await page.locator(".fl-line--typing").count()).toBe(0);
    expect(await page.locator(".fl-line--customer").count()).toBe(1);
    await page.context().close();
  });
});

describe("tracker", () => {
  it("hears start, steps, choices, reflections, the end and a suspend after each action", async () => {
    const { page } = await openManualPage(harness.browser, harness.server, lateDelivery());
    await playByKeyboard(page, SUCCESS);
    const events = await trackerEvents(page);
    expect(events[0]).toEqual({
      type: "start",
      info: { scenarioId: "late-delivery", title: "The late delivery", language: "en" },
    });
    const kinds = events.map((e) => e.type);
    expect(kinds.slice(0, 6)).toEqual(["start", "step", "reflection", "step", "suspend", "step"]);
    expect(kinds.slice(-3)).toEqual(["step", "end", "suspend"]);
    const choices = events.filter((e) => e.type === "choice").map((e) => e.choice);
    expect(choices[0]).toMatchObject({
      nodeId: "d1",
      prompt: "How do you reply?",
      optionId: "o1a",
      timedOut: false,
      quality: "strong",
      points: { acknowledge: 2, act: 1 },
      skillsPractised: ["acknowledge", "act"],
      skillsMissed: [],
      mood: 6,
      index: 0,
    });
    expect(choices[0].choices.map((c: { id: string }) => c.id)).toEqual(["o1a", "o1b", "o1c"]);
    expect(choices[1]).toMatchObject({
      nodeId: "d2",
      optionId: "o2a",
      points: { act: 3 },
      mood: 9,
      index: 1,
    });
    const steps = events.filter((e) => e.type === "step");
    expect(steps.at(-1)).toMatchObject({ nodeId: "end-success", kind: "ending", progress: 1 });
    const progress = steps.map((s) => s.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const end = events.find((e) => e.type === "end").record;
    expect(end).toMatchObject({ endingId: "end-success", passed: true, success: "passed" });
    await page.context().close();
  });
});
