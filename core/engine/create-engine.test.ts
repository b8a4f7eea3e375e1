import { describe, expect, it } from "vitest";
import { drive, supportCall } from "../../tests/factories/support-call";
import { plainTextOf } from "../schema/rich-text";
import { ScenarioSchema } from "../schema/scenario";
import { createEngine } from "./create-engine";
import { EngineError, type RunState, type View } from "./types";

function expectEngineError(fn: () => unknown, code: EngineError["code"]): EngineError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).code).toBe(code);
    return error as EngineError;
  }
  throw new Error(`expected EngineError ${code}`);
}

function viewOf<K extends View["kind"]>(view: View, kind: K): Extract<View, { kind: K }> {
  expect(view.kind).toBe(kind);
  return view as Extract<View, { kind: K }>;
}

describe("start", () => {
  const engine = createEngine(supportCall());

  it("starts at the start node with initial variables and zeroed scores", () => {
    const s = engine.start();
    expect(s.status).toBe("reflection");
    expect(s.nodeId).toBe("pre");
    expect(s.difficulty).toBe("standard");
    expect(s.seed).toBe(1);
    expect(s.vars).toEqual({ trust: 4, escalated: false, channel: "chat" });
    expect(s.scores).toEqual({ acknowledge: 0, act: 0 });
    expect(s.path).toEqual([
      { nodeId: "pre", kind: "reflection", difficulty: "standard", moodBefore: 4 },
    ]);
    expect(s.start).toEqual({ difficulty: "standard", seed: 1 });
    expect(s.log).toEqual([]);
  });

  it("applies a scene's effects on arrival and records the mood before them", () => {
    const s = engine.reflect(engine.start(), 3, 900);
    expect(s.status).toBe("scene");
    expect(s.vars.trust).toBe(3);
    expect(s.path[1]).toMatchObject({ nodeId: "s1", moodBefore: 4 });
    expect(s.path[0]).toMatchObject({ ms: 900, moodAfter: 4 });
    const view = viewOf(engine.view(s), "scene");
    expect(view.persona?.name).toBe("Dana");
    expect(view.mood).toEqual({ value: 3, band: expect.objectContaining({ label: "Frustrated" }) });
  });

  it("previews from any node with hand-set variables, resolving conditions", () => {
    const s = engine.start({ startNodeId: "c1", variables: { trust: 9 } });
    expect(s.nodeId).toBe("d2");
    expect(s.vars.trust).toBe(9);
    expect(s.start).toEqual({
      difficulty: "standard",
      seed: 1,
      startNodeId: "c1",
      variables: { trust: 9 },
    });
    expect(engine.start({ startNodeId: "c1", variables: { trust: 1 } }).nodeId).toBe("s2");
  });

  it("refuses bad preview variables", () => {
    expectEngineError(() => engine.start({ variables: { nope: 1 } }), "bad-variables");
    expectEngineError(() => engine.start({ variables: { trust: "high" } }), "bad-variables");
    expectEngineError(() => engine.start({ variables: { trust: 11 } }), "bad-variables");
    expectEngineError(() => engine.start({ variables: { trust: Number.NaN } }), "bad-variables");
    expectEngineError(
      () => engine.start({ variables: { escalated: 1 } as never }),
      "bad-variables",
    );
    expectEngineError(
      () => engine.start({ variables: { channel: "x".repeat(1001) } }),
      "bad-variables",
    );
    expectEngineError(() => engine.start({ variables: [] as never }), "bad-variables");
  });

  it("refuses unknown start nodes, notes, a missing start, bad levels and seeds", () => {
    expectEngineError(() => engine.start({ startNodeId: "nowhere" }), "unknown-node");
    expectEngineError(() => engine.start({ startNodeId: "memo" }), "unknown-node");
    expectEngineError(() => createEngine(supportCall({ startNodeId: null })).start(), "no-start");
    expectEngineError(() => createEngine(supportCall({ startNodeId: "gone" })).start(), "no-start");
    expectEngineError(() => engine.start({ difficulty: "hard" as never }), "no-start");
    expectEngineError(() => engine.start({ seed: Number.POSITIVE_INFINITY }), "no-start");
  });

  it("keeps the seed as an unsigned 32-bit integer", () => {
    expect(engine.start({ seed: -1 }).seed).toBe(0xffffffff);
    expect(engine.start({ seed: 7.9 }).seed).toBe(7);
  });
});

describe("decisions", () => {
  const engine = createEngine(supportCall());
  const atD1 = (difficulty?: "gentle" | "standard" | "challenge") =>
    drive(engine, engine.start({ difficulty }), [3]);

  it("shows visible options in text for the level, advanced ones only at challenge", () => {
    const standard = viewOf(engine.view(atD1()), "decision");
    expect(standard.options.map((o) => o.id)).toEqual(["d1-strong", "d1-mixed", "d1-weak"]);
    expect(standard.timer).toEqual({ seconds: 30 });
    const gentle = viewOf(engine.view(atD1("gentle")), "decision");
    expect(gentle.options[0]).toEqual({ id: "d1-strong", text: "Sorry, let me fix it." });
    expect(gentle.options[1]).toEqual({ id: "d1-mixed", text: "Let me check." });
    const challenge = viewOf(engine.view(atD1("challenge")), "decision");
    expect(challenge.options.map((o) => o.id)).toContain("d1-advanced");
    expect(challenge.options[0]!.text).toBe("That is frustrating; let me fix it.");
  });

  it("shows advanced options at every level when the settings allow it", () => {
    const open = createEngine(
      supportCall({ difficulty: { initial: "standard", advancedOnlyAtChallenge: false } }),
    );
    const view = viewOf(open.view(drive(open, open.start(), [3])), "decision");
    expect(view.options.map((o) => o.id)).toContain("d1-advanced");
  });

  it("uses the scene text variant for the level, falling back to standard", () => {
    const gentle = engine.reflect(engine.start({ difficulty: "gentle" }), 3);
    expect(plainTextOf(viewOf(engine.view(gentle), "scene").text)).toBe(
      "I think I was charged twice.",
    );
    const challenge = engine.reflect(engine.start({ difficulty: "challenge" }), 3);
    expect(plainTextOf(viewOf(engine.view(challenge), "scene").text)).toBe("You charged me twice.");
  });

  it("hides options whose show-condition fails and refuses them", () => {
    const s = drive(engine, engine.start(), [3, "d1-strong"]);
    expect(s.nodeId).toBe("d2");
    const ids = viewOf(engine.view(s), "decision").options.map((o) => o.id);
    expect(ids).not.toContain("d2-escalate");
    expectEngineError(() => engine.choose(s, "d2-escalate"), "option-hidden");
    expectEngineError(() => engine.choose(atD1(), "d1-advanced"), "option-hidden");
    const low = drive(engine, engine.start(), [3, "d1-weak"]);
    expect(viewOf(engine.view(low), "decision").options.map((o) => o.id)).toContain("d2-escalate");
  });

  it("shuffles with the seed: same seed same order, stable across visits", () => {
    const orders = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) {
      const s = drive(engine, engine.start({ seed }), [3, "d1-strong"]);
      const order = viewOf(engine.view(s), "decision")
        .options.map((o) => o.id)
        .join();
      const again = drive(engine, engine.start({ seed }), [3, "d1-strong"]);
      expect(
        viewOf(engine.view(again), "decision")
          .options.map((o) => o.id)
          .join(),
      ).toBe(order);
      orders.add(order);
    }
    expect(orders.size).toBeGreaterThan(1);
    // Unshuffled decisions keep the designer's order whatever the seed.
    expect(
      viewOf(engine.view(drive(engine, engine.start({ seed: 99 }), [3])), "decision").options[0]!
        .id,
    ).toBe("d1-strong");
  });

  it("applies effects and points, records the answer and shows feedback", () => {
    const s = engine.choose(atD1(), "d1-strong", 4200);
    expect(s.status).toBe("feedback");
    expect(s.nodeId).toBe("d1");
    expect(s.vars.trust).toBe(6);
    expect(s.scores).toEqual({ acknowledge: 2, act: 0 });
    expect(s.path.at(-1)).toEqual({
      nodeId: "d1",
      kind: "decision",
      difficulty: "standard",
      moodBefore: 3,
      optionId: "d1-strong",
      quality: "strong",
      ms: 4200,
      moodAfter: 6,
    });
    const fb = viewOf(engine.view(s), "feedback");
    expect(fb.optionText).toBe("That is frustrating; let me fix it.");
    expect(fb.quality).toBe("strong");
    expect(plainTextOf(fb.feedback)).toBe("You named the impact.");
    expect(fb.changes).toEqual([{ variable: "trust", before: 3, after: 6 }]);
    expect(fb.moodBefore?.band.label).toBe("Frustrated");
    expect(fb.moodAfter?.band.label).toBe("Neutral");
    expect(fb.skillsPractised).toEqual([{ id: "ack", label: "Acknowledge impact" }]);
    expect(fb.skillsMissed).toEqual([]);
    expect(fb.canRetry).toBe(true);
    const next = engine.continue(s, 800);
    expect(next.nodeId).toBe("d2");
    expect(next.path.at(-2)!.ms).toBe(5000);
  });

  it("times out through the timeout port with the timer's effects and feedback", () => {
    const s = engine.timeout(atD1(), 30000);
    expect(s.status).toBe("feedback");
    expect(s.vars.trust).toBe(2);
    expect(s.path.at(-1)).toMatchObject({ timedOut: true, quality: "weak", ms: 30000 });
    const fb = viewOf(engine.view(s), "feedback");
    expect(fb).toMatchObject({ optionId: null, optionText: null, timedOut: true, quality: "weak" });
    expect(plainTextOf(fb.feedback)).toBe("Silence reads as indifference.");
    expect(fb.skillsMissed).toEqual([{ id: "ask", label: "Ask a clarifying question" }]);
    expect(engine.continue(s).nodeId).toBe("s2");
  });

  it("refuses actions that do not fit the status or the decision", () => {
    const start = engine.start();
    expectEngineError(() => engine.choose(start, "d1-strong"), "wrong-status");
    expectEngineError(() => engine.timeout(start), "wrong-status");
    expectEngineError(() => engine.continue(start), "wrong-status");
    expectEngineError(() => engine.retry(start), "wrong-status");
    expectEngineError(() => engine.debrief(start), "wrong-status");
    expectEngineError(() => engine.reflect(atD1(), 3), "wrong-status");
    expectEngineError(() => engine.choose(atD1(), "d3-close"), "unknown-option");
    expectEngineError(() => engine.choose(atD1(), "nope"), "unknown-option");
    const d2 = drive(engine, engine.start(), [3, "d1-strong"]);
    expectEngineError(() => engine.timeout(d2), "no-timer");
  });
});

describe("reflections", () => {
  const engine = createEngine(supportCall());

  it("records answers with phase, kind and time", () => {
    const s = engine.reflect(engine.start(), 2, 1500);
    expect(s.reflections).toEqual([
      { nodeId: "pre", phase: "pre", kind: "confidence", value: 2, ms: 1500 },
    ]);
    const view = viewOf(engine.view(engine.start()), "reflection");
    expect(view.scale).toHaveLength(5);
    const atMid = drive(engine, engine.start(), [3, "d1-strong", "d2-fix"]);
    expect(viewOf(engine.view(atMid), "reflection")).toMatchObject({
      reflectionKind: "text",
      scale: [],
    });
    expect(engine.reflect(atMid, "I listened more.").reflections.at(-1)!.value).toBe(
      "I listened more.",
    );
    expect(engine.reflect(atMid, "").status).toBe("decision");
  });

  it("refuses answers out of range or of the wrong kind", () => {
    const pre = engine.start();
    for (const bad of [0, 6, 2.5, "3", Number.NaN])
      expectEngineError(() => engine.reflect(pre, bad), "bad-answer");
    const atMid = drive(engine, engine.start(), [3, "d1-strong", "d2-fix"]);
    expectEngineError(() => engine.reflect(atMid, 3), "bad-answer");
    expectEngineError(() => engine.reflect(atMid, "x".repeat(2001)), "bad-answer");
    expectEngineError(() => engine.reflect(atMid, "half \ud800 pair"), "bad-answer");
    expect(engine.reflect(atMid, "x".repeat(2000)).status).toBe("decision");
  });

  it("accepts Likert answers up to the scale's length", () => {
    const base = supportCall();
    const scenario = ScenarioSchema.parse({
      ...base,
      nodes: base.nodes.map((n) =>
        n.id === "pre" ? { ...n, reflectionKind: "likert", scale: ["No", "Maybe", "Yes"] } : n,
      ),
    });
    const likert = createEngine(scenario);
    expect(viewOf(likert.view(likert.start()), "reflection").scale).toEqual(["No", "Maybe", "Yes"]);
    expect(likert.reflect(likert.start(), 3).status).toBe("scene");
    expectEngineError(() => likert.reflect(likert.start(), 4), "bad-answer");
  });
});

describe("graph faults", () => {
  const base = supportCall();

  it("stops a condition loop with loop-limit", () => {
    const looping = ScenarioSchema.parse({
      ...base,
      edges: base.edges.map((e) =>
        e.source === "c1" ? { ...e, target: "c2" } : e.source === "c2" ? { ...e, target: "c1" } : e,
      ),
    });
    const engine = createEngine(looping);
    const d1 = drive(engine, engine.start(), [3]);
    expectEngineError(() => engine.choose(d1, "d1-strong"), "loop-limit");
  });

  it("fails on an unconnected port before changing anything", () => {
    const open = ScenarioSchema.parse({
      ...base,
      edges: base.edges.filter((e) => e.id !== "d1-d1-weak"),
    });
    const engine = createEngine(open);
    const d1: RunState = drive(engine, engine.start(), [3]);
    const error = expectEngineError(() => engine.choose(d1, "d1-weak"), "unknown-node");
    expect(error.message).toContain("d1-weak");
    expect(engine.choose(d1, "d1-strong").status).toBe("feedback");
  });

  it("fails on an edge to a missing node", () => {
    const dangling = ScenarioSchema.parse({
      ...base,
      edges: base.edges.map((e) => (e.id === "pre-next" ? { ...e, target: "ghost" } : e)),
    });
    const engine = createEngine(dangling);
    expectEngineError(() => engine.reflect(engine.start(), 3), "unknown-node");
  });
});

describe("purity", () => {
  const engine = createEngine(supportCall());

  it("never mutates the state it is given", () => {
    const d1 = drive(engine, engine.start(), [3]);
    const snapshot = JSON.stringify(d1);
    engine.choose(d1, "d1-weak");
    engine.timeout(d1);
    expect(JSON.stringify(d1)).toBe(snapshot);
  });

  it("accepts a cloned state by replaying its log", () => {
    const s = drive(engine, engine.start({ seed: 5 }), [3, "d1-strong"]);
    const clone = structuredClone(s);
    expect(engine.view(clone)).toEqual(engine.view(s));
    expect(engine.choose(clone, "d2-fix")).toEqual(engine.choose(s, "d2-fix"));
  });

  it("refuses a cloned state that does not match its log", () => {
    const s = drive(engine, engine.start(), [3, "d1-strong"]);
    expectEngineError(() => engine.view({ ...structuredClone(s), nodeId: "d3" }), "bad-state");
    expectEngineError(
      () => engine.view({ ...structuredClone(s), log: [{ t: "retry" }] }),
      "bad-state",
    );
    expectEngineError(() => engine.view(null as never), "bad-state");
    expectEngineError(() => engine.serialize({ ...structuredClone(s), path: [] }), "bad-state");
  });
});
