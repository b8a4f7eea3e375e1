import { describe, expect, it } from "vitest";
import { drive, supportCall } from "../../tests/factories/support-call";
import { plainTextOf } from "../schema/rich-text";
import { ScenarioSchema } from "../schema/scenario";
import { createEngine } from "./create-engine";
import type { View } from "./types";

function viewOf<K extends View["kind"]>(view: View, kind: K): Extract<View, { kind: K }> {
  expect(view.kind).toBe(kind);
  return view as Extract<View, { kind: K }>;
}

describe("endings and the debrief", () => {
  const engine = createEngine(supportCall());

  it("plays to a success ending and scores per dimension", () => {
    const s = drive(
      engine,
      engine.start(),
      [2, "d1-strong", "d2-fix", "Calmer.", "d3-close", 4],
      1000,
    );
    expect(s.status).toBe("ended");
    expect(s.nodeId).toBe("win");
    const record = viewOf(engine.view(s), "ending").record;
    expect(record).toMatchObject({
      endingId: "win",
      endingTitle: "Resolved",
      outcome: "success",
      scaled: 0.875,
      passed: true,
      completion: "completed",
      success: "passed",
      counts: { strong: 3, mixed: 0, weak: 0, timeouts: 0 },
      retries: 0,
      confidenceShift: 2,
      feedback: [],
    });
    expect(record.scores).toEqual([
      { id: "acknowledge", label: "Acknowledge", points: 2, maxPoints: 4, ratio: 0.5, weight: 1 },
      { id: "act", label: "Act", points: 4, maxPoints: 4, ratio: 1, weight: 3 },
    ]);
    expect(record.skillsPractised).toEqual([
      { id: "ack", label: "Acknowledge impact", count: 1 },
      { id: "act", label: "Clear next steps", count: 2 },
    ]);
    // pre, s1, d1 (+feedback), d2 (+feedback), mid, d3 (+feedback), post: 7 steps left plus 3 feedbacks.
    expect(record.durationMs).toBe(10_000);
    expect(record.path.map((p) => p.nodeId)).toEqual([
      "pre",
      "s1",
      "d1",
      "d2",
      "mid",
      "d3",
      "post",
      "win",
    ]);
  });

  it("maps a forced LMS result and counts weak choices and timeouts", () => {
    const s = drive(engine, engine.start(), [3, "timeout", "d2-escalate", "", "d3-rush", 1]);
    expect(s.nodeId).toBe("esc");
    const record = engine.debrief(s);
    expect(record).toMatchObject({
      outcome: "failure",
      success: "failed",
      passed: false,
      counts: { strong: 0, mixed: 1, weak: 2, timeouts: 1 },
      confidenceShift: -2,
    });
    expect(record.skillsMissed).toEqual([
      { id: "ask", label: "Ask a clarifying question", count: 1 },
      { id: "act", label: "Clear next steps", count: 1 },
    ]);
  });

  it("applies the passing modes and the required outcome", () => {
    const answers = [3, "d1-mixed", "d2-fix", "", "d3-close", 3];
    const run = (passing: object) => {
      const scenario = supportCall();
      const ruled = createEngine(
        ScenarioSchema.parse({ ...scenario, rubric: { ...scenario.rubric, passing } }),
      );
      return ruled.debrief(drive(ruled, ruled.start(), answers));
    };
    // acknowledge 1/4 = 0.25, act 4/4 = 1, weighted (0.25 + 3) / 4 = 0.8125; ending "ok" (partial).
    expect(run({ mode: "weighted", threshold: 0.8 })).toMatchObject({
      passed: true,
      success: "passed",
      endingId: "ok",
    });
    expect(run({ mode: "each", threshold: 0.25 })).toMatchObject({ passed: true });
    expect(run({ mode: "each", threshold: 0.3 })).toMatchObject({
      passed: false,
      success: "failed",
    });
    expect(run({ mode: "weighted", threshold: 0.5, requireOutcome: "success" })).toMatchObject({
      passed: false,
    });
    expect(
      run({ mode: "weighted", threshold: 0.5, requireOutcome: "success-or-partial" }),
    ).toMatchObject({
      passed: true,
    });
    expect(run({ mode: "none" })).toMatchObject({
      passed: null,
      success: "unknown",
      completion: "completed",
    });
  });

  it("collects feedback for the debrief in end mode and never stops for it", () => {
    const endMode = createEngine(supportCall({ feedbackMode: "end" }));
    const d1 = drive(endMode, endMode.start(), [3]);
    const after = endMode.choose(d1, "d1-strong");
    expect(after.status).toBe("decision");
    expect(after.nodeId).toBe("d2");
    const s = drive(endMode, after, ["d2-fix", "", "d3-rush", 4]);
    expect(s.status).toBe("ended");
    const record = endMode.debrief(s);
    expect(record.feedback.map((f) => [f.nodeId, f.optionId, f.quality])).toEqual([
      ["d1", "d1-strong", "strong"],
      ["d2", "d2-fix", "strong"],
      ["d3", "d3-rush", "weak"],
    ]);
    expect(plainTextOf(record.feedback[2]!.feedback)).toBe("Abrupt.");
  });
});
