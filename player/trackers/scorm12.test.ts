import { describe, expect, it } from "vitest";
import type { DebriefRecord } from "../../core";
import { createScorm12Tracker } from "./scorm12";

/** A minimal LMS: records calls, answers from a store, refuses nothing (the strictness is in the tracker). */
function fakeLms(seed: Record<string, string> = {}) {
  const store = new Map(
    Object.entries({
      "cmi.core.lesson_status": "not attempted",
      "cmi.interactions._count": "0",
      ...seed,
    }),
  );
  const calls: [string, ...string[]][] = [];
  const answer = (call: [string, ...string[]]) => {
    calls.push(call);
    return "true";
  };
  const api: Record<string, (...args: string[]) => string> = {};
  api.LMSInitialize = () => answer(["LMSInitialize"]);
  api.LMSFinish = () => answer(["LMSFinish"]);
  api.LMSGetValue = (el = "") => store.get(el) ?? "";
  api.LMSSetValue = (el = "", v = "") => {
    store.set(el, v);
    return answer(["LMSSetValue", el, v]);
  };
  api.LMSCommit = () => answer(["LMSCommit"]);
  api.LMSGetLastError = () => "0";
  const win = { API: api } as unknown as Window & { parent: Window };
  (win as { parent: unknown }).parent = win;
  return { win, calls, store };
}

const record = (over: Partial<DebriefRecord>): DebriefRecord =>
  ({
    scaled: 0.8,
    success: "passed",
    completion: "completed",
    passed: true,
    scores: [],
    ...over,
  }) as DebriefRecord;

const choice = {
  nodeId: "d1",
  prompt: "What now?",
  optionId: "o2",
  optionText: "Sorry",
  choices: [
    { id: "o1", text: "A" },
    { id: "o2", text: "B" },
  ],
  timedOut: false,
  quality: "strong" as const,
  ms: 65_432,
  points: { act: 2 },
  skillsPractised: ["ack now"],
  skillsMissed: [],
  mood: 5,
  index: 0,
};

describe("SCORM 1.2 tracker", () => {
  it("starts the attempt, records a choice within the data model and finishes once", async () => {
    const lms = fakeLms();
    const tracker = createScorm12Tracker(
      { decisions: { letters: { o1: "a", o2: "b" }, strong: { d1: ["o2"] } } },
      lms.win,
    );
    expect(await tracker.start({ scenarioId: "s", title: "T", language: "en" })).toEqual({
      resume: null,
    });
    tracker.choice(choice);
    tracker.end(record({}));
    await tracker.terminate();
    await tracker.terminate();
    const set = new Map(lms.calls.filter((c) => c[0] === "LMSSetValue").map((c) => [c[1], c[2]]));
    expect(set.get("cmi.interactions.0.id")).toBe("d1");
    expect(set.get("cmi.interactions.0.student_response")).toBe("b");
    expect(set.get("cmi.interactions.0.correct_responses.0.pattern")).toBe("b");
    expect(set.get("cmi.interactions.0.objectives.0.id")).toBe("ack_now");
    expect(set.get("cmi.interactions.0.latency")).toBe("0000:01:05.43");
    expect(set.get("cmi.core.lesson_status")).toBe("passed");
    expect(set.get("cmi.core.score.raw")).toBe("80");
    expect(set.get("cmi.core.exit")).toBe("");
    expect(lms.calls.filter((c) => c[0] === "LMSFinish")).toHaveLength(1);
    expect(lms.calls[lms.calls.length - 1]![0]).toBe("LMSFinish");
  });

  it("never sends suspend data over 4,096 characters, and says suspend when leaving mid-run", async () => {
    const lms = fakeLms();
    const tracker = createScorm12Tracker({}, lms.win);
    await tracker.start({ scenarioId: "s", title: "T", language: "en" });
    tracker.suspend("x".repeat(4096), "n1");
    tracker.suspend("y".repeat(4097), "n2");
    await tracker.terminate();
    tracker.suspend("z", "n3");
    const suspends = lms.calls.filter((c) => c[1] === "cmi.suspend_data").map((c) => c[2]!.length);
    expect(suspends).toEqual([4096]);
    expect(lms.store.get("cmi.core.exit")).toBe("suspend");
    expect(lms.store.get("cmi.core.lesson_location")).toBe("n2");
  });

  it("resumes from suspend data when the LMS says entry = resume, and follows the LMS mastery score", async () => {
    const lms = fakeLms({
      "cmi.core.entry": "resume",
      "cmi.suspend_data": "F1;abc",
      "cmi.student_data.mastery_score": "90",
      "cmi.core.student_name": "Rivera, Sam",
    });
    const tracker = createScorm12Tracker({}, lms.win);
    expect(await tracker.start({ scenarioId: "s", title: "T", language: "en" })).toEqual({
      resume: "F1;abc",
      learnerName: "Sam Rivera",
    });
    tracker.end(record({ scaled: 0.85, success: "passed" }));
    expect(lms.store.get("cmi.core.lesson_status")).toBe("failed");
  });

  it("without a passing rule reports completed or incomplete", async () => {
    const lms = fakeLms();
    const tracker = createScorm12Tracker({}, lms.win);
    await tracker.start({ scenarioId: "s", title: "T", language: "en" });
    tracker.end(record({ success: "unknown", passed: null }));
    expect(lms.store.get("cmi.core.lesson_status")).toBe("completed");
  });

  it("plays on without an LMS", async () => {
    const win = {} as Window;
    (win as { parent: unknown }).parent = win;
    const tracker = createScorm12Tracker({}, win);
    expect(await tracker.start({ scenarioId: "s", title: "T", language: "en" })).toEqual({
      resume: null,
    });
    tracker.choice(choice);
    await tracker.terminate();
  });
});
