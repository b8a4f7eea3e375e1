import { describe, expect, it } from "vitest";
import { drive, supportCall } from "../../tests/factories/support-call";
import { createEngine } from "./create-engine";
import { EngineError } from "./types";

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof EngineError) return error.code;
    throw error;
  }
  return "no error";
}

const WIN = [2, "d1-strong", "d2-fix", "Calmer.", "d3-close", 4];

describe("retry", () => {
  const engine = createEngine(supportCall({ retry: { policy: "limited", maxRetries: 2 } }));

  it("undoes the choice during its feedback and returns to the decision as it was", () => {
    const d1 = drive(engine, engine.start(), [3]);
    const answered = engine.choose(d1, "d1-weak", 2000);
    expect(engine.canRetry(answered)).toBe(true);
    const again = engine.retry(answered);
    expect(again.status).toBe("decision");
    expect(again.nodeId).toBe("d1");
    expect(again.vars).toEqual(d1.vars);
    expect(again.scores).toEqual(d1.scores);
    expect(again.retries).toBe(1);
    expect(again.log.at(-1)).toEqual({ t: "retry" });
    // The abandoned attempt stays in the path, marked, and the decision is shown afresh.
    expect(again.path.slice(-2)).toEqual([
      { ...answered.path.at(-1), undone: true },
      { nodeId: "d1", kind: "decision", difficulty: "standard", moodBefore: 3 },
    ]);
    const better = engine.choose(again, "d1-strong");
    expect(better.vars.trust).toBe(6);
  });

  it("undoes the last choice at an ending, with everything after it", () => {
    const ended = drive(engine, engine.start(), WIN);
    const lastDecision = ended.path.findIndex((p) => p.nodeId === "d3");
    const again = engine.retry(ended);
    expect(again.nodeId).toBe("d3");
    expect(again.status).toBe("decision");
    expect(again.path.slice(lastDecision, -1).every((p) => p.undone)).toBe(true);
    expect(again.path.slice(0, lastDecision).some((p) => p.undone)).toBe(false);
    // The post reflection was after the undone choice: its answer goes with it.
    expect(again.reflections.map((r) => r.nodeId)).toEqual(["pre", "mid"]);
    expect(again.scores).toEqual({ acknowledge: 2, act: 2 });
    const record = engine.debrief(drive(engine, again, ["d3-rush", 1]));
    expect(record.retries).toBe(1);
    expect(record.counts).toEqual({ strong: 2, mixed: 0, weak: 1, timeouts: 0 });
    expect(record.path.filter((p) => p.undone).map((p) => p.nodeId)).toEqual(["d3", "post", "win"]);
  });

  it("stops at the policy's limit", () => {
    let s = engine.choose(drive(engine, engine.start(), [3]), "d1-weak");
    s = engine.choose(engine.retry(s), "d1-weak");
    s = engine.choose(engine.retry(s), "d1-weak");
    expect(s.retries).toBe(2);
    expect(engine.canRetry(s)).toBe(false);
    expect(engine.view(s)).toMatchObject({ kind: "feedback", canRetry: false });
    expect(codeOf(() => engine.retry(s))).toBe("retry-not-allowed");
    const ended = drive(engine, s, ["d2-fix", "", "d3-close", 3]);
    expect(codeOf(() => engine.retry(ended))).toBe("retry-not-allowed");
    const liveD1 = ended.path.findIndex((p) => p.nodeId === "d1" && !p.undone);
    expect(codeOf(() => engine.rewind(ended, liveD1))).toBe("retry-not-allowed");
  });

  it("never retries under policy none", () => {
    const strict = createEngine(supportCall({ retry: { policy: "none", maxRetries: 5 } }));
    const answered = strict.choose(drive(strict, strict.start(), [3]), "d1-weak");
    expect(strict.canRetry(answered)).toBe(false);
    expect(codeOf(() => strict.retry(answered))).toBe("retry-not-allowed");
    const ended = drive(strict, answered, ["d2-fix", "", "d3-close", 3]);
    expect(codeOf(() => strict.rewind(ended, 2))).toBe("retry-not-allowed");
  });

  it("retries without limit under policy unlimited", () => {
    const open = createEngine(supportCall({ retry: { policy: "unlimited", maxRetries: 0 } }));
    let s = open.choose(drive(open, open.start(), [3]), "d1-weak");
    for (let i = 0; i < 25; i++) s = open.choose(open.retry(s), "d1-weak");
    expect(s.retries).toBe(25);
    expect(s.path.filter((p) => p.undone)).toHaveLength(25);
    expect(open.canRetry(s)).toBe(true);
  });

  it("retries a timeout like a choice", () => {
    const timedOut = engine.timeout(drive(engine, engine.start(), [3]), 30000);
    const again = engine.retry(timedOut);
    expect(again.vars.trust).toBe(3);
    expect(again.path.at(-2)).toMatchObject({ timedOut: true, undone: true });
  });

  it("has nothing to retry before a choice, and in end-feedback mode retries at the ending", () => {
    const preview = engine.start({ startNodeId: "win" });
    expect(preview.status).toBe("ended");
    expect(engine.canRetry(preview)).toBe(false);
    expect(codeOf(() => engine.retry(preview))).toBe("retry-not-allowed");
    const endMode = createEngine(supportCall({ feedbackMode: "end" }));
    const ended = drive(endMode, endMode.start(), WIN);
    expect(endMode.canRetry(ended)).toBe(true);
    expect(endMode.retry(ended).nodeId).toBe("d3");
  });
});

describe("rewind", () => {
  const engine = createEngine(supportCall({ retry: { policy: "unlimited", maxRetries: 0 } }));

  it("returns to an earlier decision with the state it had then", () => {
    const d1 = drive(engine, engine.start(), [2]);
    const ended = drive(engine, d1, WIN.slice(1));
    const back = engine.rewind(ended, 2);
    expect(back.status).toBe("decision");
    expect(back.nodeId).toBe("d1");
    expect(back.vars).toEqual(d1.vars);
    expect(back.scores).toEqual(d1.scores);
    expect(back.difficulty).toBe(d1.difficulty);
    expect(back.reflections).toEqual(d1.reflections);
    expect(back.retries).toBe(1);
    expect(back.log.at(-1)).toEqual({ t: "rewind", step: 2 });
    expect(back.path.slice(0, 2).some((p) => p.undone)).toBe(false);
    expect(back.path.slice(2, -1).every((p) => p.undone)).toBe(true);
    expect(back.path.at(-1)).toEqual({
      nodeId: "d1",
      kind: "decision",
      difficulty: "standard",
      moodBefore: 3,
    });
  });

  it("keeps the record honest: undone steps count for nothing but time", () => {
    const ended = drive(engine, engine.start(), WIN);
    const second = drive(engine, engine.rewind(ended, 2), [
      "timeout",
      "d2-escalate",
      "",
      "d3-rush",
      1,
    ]);
    const record = engine.debrief(second);
    expect(record.endingId).toBe("esc");
    expect(record.counts).toEqual({ strong: 0, mixed: 1, weak: 2, timeouts: 1 });
    expect(record.scores.map((s) => s.points)).toEqual([0, 0]);
    expect(record.skillsPractised).toEqual([]);
    expect(record.retries).toBe(1);
    const undone = record.path.filter((p) => p.undone);
    expect(undone.map((p) => p.nodeId)).toEqual(["d1", "d2", "mid", "d3", "post", "win"]);
    expect(record.durationMs).toBe(record.path.reduce((sum, p) => sum + (p.ms ?? 0), 0));
  });

  it("can return again to a step before an earlier rewind", () => {
    const ended = drive(engine, engine.start(), WIN);
    const atD3 = ended.path.findIndex((p) => p.nodeId === "d3");
    const again = drive(engine, engine.rewind(ended, atD3), ["d3-rush", 2]);
    const twice = engine.rewind(again, 2);
    expect(twice.nodeId).toBe("d1");
    expect(twice.retries).toBe(2);
    expect(twice.reflections.map((r) => r.nodeId)).toEqual(["pre"]);
  });

  it("refuses steps that are not answered decisions of the live path", () => {
    const ended = drive(engine, engine.start(), WIN);
    expect(codeOf(() => engine.rewind(ended, 0))).toBe("bad-step");
    expect(codeOf(() => engine.rewind(ended, 1))).toBe("bad-step");
    expect(codeOf(() => engine.rewind(ended, 99))).toBe("bad-step");
    expect(codeOf(() => engine.rewind(ended, -1))).toBe("bad-step");
    expect(codeOf(() => engine.rewind(ended, 1.5))).toBe("bad-step");
    const back = engine.rewind(ended, 2);
    expect(codeOf(() => engine.rewind(back, 3))).toBe("bad-step");
    expect(codeOf(() => engine.rewind(back, back.path.length - 1))).toBe("bad-step");
  });
});
