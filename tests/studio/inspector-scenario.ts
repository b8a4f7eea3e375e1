import { richTextFromPlain, type ScenarioInput } from "../../core";

const rt = richTextFromPlain;

/** A scene, a decision and an ending, with a variable and a rubric dimension: enough for every inspector form. */
export const INSPECTOR_SCENARIO: ScenarioInput = {
  format: "forkline.scenario",
  version: 1,
  meta: { id: "inspector-collab", title: "Inspector collaboration" },
  variables: [{ name: "trust", type: "number", initial: 4, min: 0, max: 10 }],
  skills: [{ id: "ack", label: "Acknowledge impact" }],
  rubric: {
    dimensions: [{ id: "acknowledge", label: "Acknowledge", weight: 1, maxPoints: 4 }],
    passing: { mode: "weighted", threshold: 0.7, requireOutcome: "any" },
  },
  personas: [{ id: "dana", name: "Dana" }],
  settings: { startNodeId: "s1" },
  nodes: [
    {
      id: "s1",
      kind: "scene",
      position: { x: 0, y: 0 },
      personaId: "dana",
      text: rt("You charged me twice."),
      effects: [{ variable: "trust", op: "add", value: -1 }],
    },
    {
      id: "d1",
      kind: "decision",
      position: { x: 380, y: 0 },
      prompt: rt("What do you say?"),
      timer: { seconds: 30, feedback: rt("Too slow.") },
      options: [
        {
          id: "o1",
          text: "That is frustrating; let me fix it.",
          quality: "strong",
          points: { acknowledge: 2 },
          feedback: rt("You named the impact."),
        },
        {
          id: "o2",
          text: "Did you read the terms?",
          quality: "weak",
          feedback: rt("That blames the customer."),
        },
      ],
    },
    {
      id: "e1",
      kind: "ending",
      position: { x: 760, y: 0 },
      outcome: "success",
      title: "Sorted",
      debrief: rt("Well done."),
    },
  ],
  edges: [
    { id: "e-s1", source: "s1", sourcePort: "next", target: "d1" },
    { id: "e-o1", source: "d1", sourcePort: "o1", target: "e1" },
  ],
};
