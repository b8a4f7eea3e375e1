import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { drive, supportCall } from "../../tests/factories/support-call";
import { ScenarioSchema } from "../schema/scenario";
import { createEngine } from "./create-engine";
import { EngineError, type RunState } from "./types";

/** Property tests run thousands of cases; a busy machine must not fail them on time alone. */
const PROPERTY_TIMEOUT = 120_000;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const engine = createEngine(supportCall({ retry: { policy: "unlimited", maxRetries: 0 } }));
const WIN = [2, "d1-strong", "d2-fix", "Calmer.", "d3-close", 4];

function restoreError(text: string): EngineError | null {
  try {
    engine.restore(text);
    return null;
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
}

function roundTrips(state: RunState): string {
  const saved = engine.serialize(state);
  expect(saved).toMatch(PRINTABLE_ASCII);
  const restored = engine.restore(saved);
  expect(restored).toEqual(state);
  expect(engine.serialize(restored)).toBe(saved);
  expect(engine.view(restored)).toEqual(engine.view(state));
  return saved;
}

describe("serialize", () => {
  it("writes the start options and the log in a compact printable form", () => {
    const s = drive(engine, engine.start({ seed: 42 }), [2, "d1-weak"], 1000);
    const saved = engine.serialize(s);
    // Reflect 2 in 1000 ms (rs), leave the scene, choose the third option, leave its
    // feedback and the scene the condition leads to.
    expect(saved).toMatch(/^F1;[0-9a-z]+;s16;;;V2rsCrsO2rsCrsCrs$/);
  });

  it("round-trips runs in every status", () => {
    const start = engine.start();
    roundTrips(start);
    roundTrips(engine.reflect(start, 3));
    roundTrips(drive(engine, start, [3]));
    roundTrips(engine.choose(drive(engine, start, [3]), "d1-mixed", 12345));
    roundTrips(engine.timeout(drive(engine, start, [3]), 30000));
    const ended = drive(engine, start, WIN);
    roundTrips(ended);
    roundTrips(engine.retry(ended));
    roundTrips(drive(engine, engine.rewind(ended, 2), ["d1-weak", "d2-escalate"]));
  });

  it("round-trips text answers with any characters and previews with hand-set variables", () => {
    const atMid = drive(engine, engine.start(), [3, "d1-strong", "d2-fix"]);
    for (const text of [
      "",
      "a;b,c=d~e%f",
      "Ünïcødé 🙂 — “quotes”",
      "X5~O1C",
      "line\nbreak",
      "1 + 1 = 2,  right?",
    ]) {
      roundTrips(engine.reflect(atMid, text, 700));
    }
    roundTrips(
      engine.start({
        startNodeId: "c1",
        difficulty: "challenge",
        seed: 0xffffffff,
        variables: { channel: "e-mail; urgent=yes", trust: 2.5, escalated: true },
      }),
    );
  });

  it("spells spaces as + in text, so plain sentences stay short", () => {
    const atMid = drive(engine, engine.start(), [3, "d1-strong", "d2-fix"]);
    const saved = engine.serialize(engine.reflect(atMid, "I asked first", 0));
    expect(saved.endsWith("Xd~I+asked+first")).toBe(true);
  });

  it("ties a saved run to its scenario's nodes and option order, not to the file's node order", () => {
    const saved = engine.serialize(drive(engine, engine.start(), [3, "d1-strong"]));
    const base = supportCall({ retry: { policy: "unlimited", maxRetries: 0 } });
    const reordered = createEngine(
      ScenarioSchema.parse({ ...base, nodes: [...base.nodes].reverse() }),
    );
    expect(reordered.restore(saved).nodeId).toBe("d2");
    const optionsSwapped = createEngine(
      ScenarioSchema.parse({
        ...base,
        nodes: base.nodes.map((n) =>
          n.kind === "decision" ? { ...n, options: [...n.options].reverse() } : n,
        ),
      }),
    );
    expect(() => optionsSwapped.restore(saved)).toThrow(/different scenario/);
    const renamed = createEngine(
      ScenarioSchema.parse({
        ...base,
        nodes: base.nodes.map((n) => (n.id === "memo" ? { ...n, id: "memo2" } : n)),
      }),
    );
    expect(() => renamed.restore(saved)).toThrow(EngineError);
  });
});

describe("restore", () => {
  const valid = engine.serialize(drive(engine, engine.start(), WIN));

  it("refuses other versions, foreign text and non-canonical spellings", () => {
    for (const text of [
      "",
      "hello",
      valid.replace(/^F1/, "F2"),
      `${valid};`,
      valid.replace(";s1;", ";x1;"),
      valid.replace(";s1;", ";s01;"),
      valid.replace("V2", "V0"),
      `${valid}C0`,
      `${valid}Q`,
    ]) {
      expect(restoreError(text)?.code, text).toBe("bad-state");
    }
  });

  it("refuses events that do not fit the run", () => {
    const [head] = valid.split(/;(?=[^;]*$)/);
    for (const events of ["O0", "V2O9", "V2CO0rsCT", "V2CO0CR", "V9", "W2", "X3~abc"]) {
      expect(restoreError(`${head};${events}`)?.code, events).toBe("bad-state");
    }
    // The same events are fine where they fit.
    expect(engine.restore(`${head};V2CO0`).status).toBe("feedback");
  });

  it(
    "throws nothing but bad-state on arbitrary text",
    () => {
      fc.assert(
        fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
          const error = restoreError(text);
          if (error) expect(error.code).toBe("bad-state");
        }),
        { numRuns: 2000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "throws nothing but bad-state on near-misses of a valid saved run",
    () => {
      const alphabet = "FCOTRWVX~;,=%0123456789abcdefghijklmnopqrstuvwxyzs".split("");
      const edit = fc.record({
        at: fc.nat({ max: valid.length }),
        drop: fc.nat({ max: 3 }),
        insert: fc.array(fc.constantFrom(...alphabet), { maxLength: 4 }),
      });
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
          let text = valid;
          for (const e of edits)
            text = text.slice(0, e.at) + e.insert.join("") + text.slice(e.at + e.drop);
          const error = restoreError(text);
          if (error) expect(error.code).toBe("bad-state");
          else expect(engine.serialize(engine.restore(text))).toBe(text);
        }),
        { numRuns: 3000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it("refuses values that are not strings and absurdly long input", () => {
    expect(restoreError(42 as never)?.code).toBe("bad-state");
    expect(restoreError(`${valid}${"C".repeat(100_001)}`)?.code).toBe("bad-state");
    const manyEvents = restoreError(`${valid}${"R".repeat(5_001)}`);
    expect(manyEvents?.message).toContain("at most 5000 events");
  });
});
