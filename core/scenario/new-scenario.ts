import { richTextFromPlain } from "../schema/rich-text";
import type { Scenario, ScenarioInput } from "../schema/scenario";
import { SCENARIO_FORMAT, SCENARIO_VERSION, ScenarioSchema } from "../schema/scenario";
import { DEFAULT_MOOD_VARIABLE, defaultMoodGauge } from "./default-mood-gauge";
import { DEFAULT_RUBRIC } from "./default-rubric";
import { DEFAULT_SKILLS } from "./default-skills";

export interface NewScenarioOptions {
  id: string;
  title: string;
  language?: string;
}

/**
 * A small scenario that already plays end to end: one customer line, one
 * decision with a strong and a weak reply, an ending for each. It carries the
 * default rubric, skills and mood gauge, so a designer starts from something
 * that shows every moving part rather than from a blank canvas.
 */
export function newScenario({ id, title, language = "en" }: NewScenarioOptions): Scenario {
  const input: ScenarioInput = {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    meta: { id, title, language },
    variables: [DEFAULT_MOOD_VARIABLE],
    mood: defaultMoodGauge(),
    skills: [...DEFAULT_SKILLS],
    rubric: DEFAULT_RUBRIC,
    personas: [
      {
        id: "customer",
        name: "Sam Rivera",
        context:
          "Ordered a birthday gift two weeks ago; the tracking page has not moved in six days.",
        channel: "chat",
      },
    ],
    settings: { startNodeId: "start" },
    nodes: [
      {
        id: "start",
        kind: "scene",
        label: "Opening",
        position: { x: 0, y: 0 },
        personaId: "customer",
        text: richTextFromPlain(
          "This is the third time I'm asking. The party is on Saturday and my order still hasn't shipped.",
        ),
      },
      {
        id: "first-reply",
        kind: "decision",
        label: "First reply",
        position: { x: 320, y: 0 },
        prompt: richTextFromPlain("How do you answer?"),
        options: [
          {
            id: "acknowledge-and-act",
            text: "I'm sorry you've had to chase this three times. Let me check the warehouse now and tell you exactly when it ships.",
            quality: "strong",
            effects: [{ variable: "trust", op: "add", value: 2 }],
            points: { acknowledge: 2, align: 2, act: 2 },
            skillsPractised: ["acknowledge-impact", "act-next-steps"],
            feedback: richTextFromPlain(
              "You named the cost to the customer and committed to a concrete next step.",
            ),
          },
          {
            id: "quote-policy",
            text: "Orders can take up to 14 business days to ship, as stated in our policy.",
            quality: "weak",
            effects: [{ variable: "trust", op: "add", value: -2 }],
            skillsMissed: ["acknowledge-impact", "align-goal"],
            feedback: richTextFromPlain(
              "Quoting policy first tells the customer their Saturday does not matter to you.",
            ),
          },
        ],
      },
      {
        id: "ending-resolved",
        kind: "ending",
        label: "Resolved",
        position: { x: 640, y: -120 },
        outcome: "success",
        title: "Back on track",
        debrief: richTextFromPlain("Sam felt heard and knows what happens next."),
      },
      {
        id: "ending-escalated",
        kind: "ending",
        label: "Escalated",
        position: { x: 640, y: 120 },
        outcome: "failure",
        title: "Asked for a manager",
        debrief: richTextFromPlain("Sam left the chat asking for your manager."),
      },
    ],
    edges: [
      { id: "start-to-reply", source: "start", sourcePort: "next", target: "first-reply" },
      {
        id: "acknowledge-to-resolved",
        source: "first-reply",
        sourcePort: "acknowledge-and-act",
        target: "ending-resolved",
      },
      {
        id: "policy-to-escalated",
        source: "first-reply",
        sourcePort: "quote-policy",
        target: "ending-escalated",
      },
    ],
  };
  return ScenarioSchema.parse(input);
}
