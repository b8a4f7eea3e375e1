import { describe, expect, it } from "vitest";
import { aConnectedScenario } from "../../tests/factories/scenario";
import { defaultMoodGauge } from "../scenario/default-mood-gauge";
import { scenarioToYDoc } from "../ydoc/scenario-to-ydoc";
import { yDocToScenario } from "../ydoc/ydoc-to-scenario";
import { addVariable } from "./add-variable";
import { setMeta } from "./set-meta";
import { setMood } from "./set-mood";
import { setRubricPassing } from "./set-rubric-passing";
import { setSettings } from "./set-settings";

describe("scenario-wide settings", () => {
  it("sets meta fields, refusing invalid ones", () => {
    const doc = scenarioToYDoc(aConnectedScenario());
    setMeta(doc, { title: "Weekend outage", tags: ["outage"] }, "me");
    expect(yDocToScenario(doc).meta).toMatchObject({
      id: "test-scenario",
      title: "Weekend outage",
      tags: ["outage"],
    });
    expect(() => setMeta(doc, { language: "english!" })).toThrow(/invalid value: language/);
    expect(() => setMeta(doc, { colour: "red" } as never)).toThrow(/"colour"/);
  });

  it("sets settings, nested parts given in part", () => {
    const doc = scenarioToYDoc(aConnectedScenario());
    setSettings(doc, {
      feedbackMode: "end",
      retry: { maxRetries: 1 },
      difficulty: { adaptive: true },
    });
    expect(yDocToScenario(doc).settings).toMatchObject({
      feedbackMode: "end",
      retry: { policy: "limited", maxRetries: 1 },
      difficulty: { adaptive: true, initial: "standard", easeAfterWeak: 2 },
    });
    expect(() => setSettings(doc, { retry: { maxRetries: -1 } })).toThrow(
      /maxRetries must be at least 0/,
    );
    expect(() => setSettings(doc, { startNodeId: "x" } as never)).toThrow(/"startNodeId"/);
  });

  it("sets and removes the mood gauge on a number variable only", () => {
    const doc = scenarioToYDoc(aConnectedScenario());
    setMood(doc, defaultMoodGauge("trust"));
    expect(yDocToScenario(doc).mood?.bands).toHaveLength(5);
    addVariable(doc, { variable: { name: "tone", type: "text", initial: "calm" } });
    expect(() => setMood(doc, defaultMoodGauge("tone"))).toThrow('"tone" is not a number variable');
    expect(() => setMood(doc, defaultMoodGauge("ghost"))).toThrow('unknown variable "ghost"');
    setMood(doc, null);
    expect(yDocToScenario(doc).mood).toBeNull();
  });

  it("changes the passing rule in part", () => {
    const doc = scenarioToYDoc(aConnectedScenario());
    setRubricPassing(doc, { mode: "each", threshold: 0.8 });
    expect(yDocToScenario(doc).rubric.passing).toEqual({
      mode: "each",
      threshold: 0.8,
      requireOutcome: "any",
    });
    expect(() => setRubricPassing(doc, { threshold: 2 })).toThrow(/threshold must be at most 1/);
  });
});
