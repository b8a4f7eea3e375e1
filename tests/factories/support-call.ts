import {
  type Engine,
  type RunState,
  richTextFromPlain,
  type Scenario,
  type ScenarioInput,
  ScenarioSchema,
} from "../../core";

/**
 * A small hand-written scenario for the engine's tests: a pre reflection, a
 * timed decision with an advanced option, a condition on the mood, a shuffled
 * decision with a hidden option, a free-text reflection, a post reflection and
 * three endings. Each test states what it needs through `settings`.
 *
 *   pre -> s1 -> d1 -> c1 -(trust >= 5)-> d2 -> mid -> d3 -> post -> c2 -> win | esc | ok
 *                       c1 -(else)-----> s2 -> d2
 */
export function supportCall(settings: Partial<ScenarioInput["settings"]> = {}): Scenario {
  const rt = richTextFromPlain;
  const edge = (source: string, sourcePort: string, target: string) => ({
    id: `${source}-${sourcePort}`,
    source,
    sourcePort,
    target,
  });
  const at = { x: 0, y: 0 };
  const input: ScenarioInput = {
    format: "forkline.scenario",
    version: 1,
    meta: { id: "support-call", title: "Support call" },
    variables: [
      { name: "trust", type: "number", initial: 4, min: 0, max: 10 },
      { name: "escalated", type: "boolean", initial: false },
      { name: "channel", type: "text", initial: "chat" },
    ],
    mood: {
      variable: "trust",
      bands: [
        { from: 0, label: "Furious", icon: "furious", color: "#b91c1c" },
        { from: 3, label: "Frustrated", icon: "frustrated", color: "#ea580c" },
        { from: 5, label: "Neutral", icon: "neutral", color: "#6b7280" },
        { from: 8, label: "Won over", icon: "delighted", color: "#16a34a" },
      ],
    },
    skills: [
      { id: "ack", label: "Acknowledge impact" },
      { id: "ask", label: "Ask a clarifying question" },
      { id: "act", label: "Clear next steps" },
    ],
    rubric: {
      dimensions: [
        { id: "acknowledge", label: "Acknowledge", weight: 1, maxPoints: 4 },
        { id: "act", label: "Act", weight: 3, maxPoints: 4 },
      ],
      passing: { mode: "weighted", threshold: 0.7, requireOutcome: "any" },
    },
    personas: [{ id: "dana", name: "Dana", context: "Charged twice." }],
    settings: {
      startNodeId: "pre",
      feedbackMode: "immediate",
      retry: { policy: "limited", maxRetries: 2 },
      difficulty: { initial: "standard", adaptive: false },
      ...settings,
    },
    nodes: [
      {
        id: "pre",
        kind: "reflection",
        position: at,
        phase: "pre",
        reflectionKind: "confidence",
        prompt: rt("How confident are you?"),
      },
      {
        id: "s1",
        kind: "scene",
        position: at,
        personaId: "dana",
        text: rt("You charged me twice."),
        variants: { gentle: rt("I think I was charged twice."), challenge: null },
        effects: [{ variable: "trust", op: "add", value: -1 }],
      },
      {
        id: "d1",
        kind: "decision",
        position: at,
        prompt: rt("What do you say?"),
        timer: {
          seconds: 30,
          effects: [{ variable: "trust", op: "add", value: -1 }],
          feedback: rt("Silence reads as indifference."),
          skillsMissed: ["ask"],
        },
        options: [
          {
            id: "d1-strong",
            text: "That is frustrating; let me fix it.",
            variants: { gentle: "Sorry, let me fix it.", challenge: null },
            quality: "strong",
            effects: [{ variable: "trust", op: "add", value: 3 }],
            points: { acknowledge: 2 },
            skillsPractised: ["ack"],
            feedback: rt("You named the impact."),
          },
          {
            id: "d1-mixed",
            text: "Let me check.",
            quality: "mixed",
            effects: [{ variable: "trust", op: "add", value: 1 }],
            points: { acknowledge: 1 },
            feedback: rt("Fine, but flat."),
          },
          {
            id: "d1-weak",
            text: "Did you read the terms?",
            quality: "weak",
            effects: [{ variable: "trust", op: "add", value: -2 }],
            skillsMissed: ["ack"],
            feedback: rt("That blames the customer."),
          },
          {
            id: "d1-advanced",
            text: "Before I fix it, may I ask what you expected to see?",
            advanced: true,
            quality: "strong",
            effects: [{ variable: "trust", op: "add", value: 2 }],
            points: { acknowledge: 2 },
            skillsPractised: ["ask"],
            feedback: rt("A question that shows you care."),
          },
        ],
      },
      {
        id: "c1",
        kind: "condition",
        position: at,
        rules: [
          {
            id: "calm",
            when: { combine: "all", clauses: [{ variable: "trust", op: "gte", value: 5 }] },
          },
        ],
      },
      { id: "s2", kind: "scene", position: at, text: rt("I am still upset.") },
      {
        id: "d2",
        kind: "decision",
        position: at,
        prompt: rt("Next?"),
        shuffle: true,
        options: [
          {
            id: "d2-fix",
            text: "I have refunded the second charge.",
            quality: "strong",
            points: { act: 2 },
            skillsPractised: ["act"],
            feedback: rt("Concrete."),
          },
          {
            id: "d2-blame",
            text: "The bank did it.",
            quality: "weak",
            effects: [{ variable: "trust", op: "add", value: -3 }],
            feedback: rt("Deflecting."),
          },
          {
            id: "d2-escalate",
            text: "I will pass you to my manager.",
            quality: "mixed",
            showIf: { combine: "all", clauses: [{ variable: "trust", op: "lt", value: 3 }] },
            effects: [{ variable: "escalated", op: "set", value: true }],
            feedback: rt("Sometimes needed."),
          },
          {
            id: "d2-extra",
            text: "Anything else?",
            quality: "mixed",
            points: { act: 1 },
            feedback: rt("Open."),
          },
        ],
      },
      {
        id: "mid",
        kind: "reflection",
        position: at,
        phase: "mid",
        reflectionKind: "text",
        prompt: rt("What did you notice?"),
      },
      {
        id: "d3",
        kind: "decision",
        position: at,
        prompt: rt("Close?"),
        options: [
          {
            id: "d3-close",
            text: "You will see the refund in 3 days.",
            quality: "strong",
            points: { act: 2 },
            skillsPractised: ["act"],
            feedback: rt("Clear timeline."),
          },
          {
            id: "d3-rush",
            text: "Bye.",
            quality: "weak",
            effects: [{ variable: "trust", op: "add", value: -2 }],
            skillsMissed: ["act"],
            feedback: rt("Abrupt."),
          },
        ],
      },
      {
        id: "post",
        kind: "reflection",
        position: at,
        phase: "post",
        reflectionKind: "confidence",
        prompt: rt("And now?"),
      },
      {
        id: "c2",
        kind: "condition",
        position: at,
        rules: [
          {
            id: "escalated",
            when: { combine: "all", clauses: [{ variable: "escalated", op: "eq", value: true }] },
          },
          {
            id: "won",
            when: { combine: "all", clauses: [{ variable: "trust", op: "gte", value: 6 }] },
          },
        ],
      },
      {
        id: "win",
        kind: "ending",
        position: at,
        outcome: "success",
        title: "Resolved",
        debrief: rt("Well done."),
      },
      {
        id: "esc",
        kind: "ending",
        position: at,
        outcome: "failure",
        title: "Escalated",
        debrief: rt("It went up the chain."),
        lms: { completion: "completed", success: "failed" },
      },
      {
        id: "ok",
        kind: "ending",
        position: at,
        outcome: "partial",
        title: "Settled",
        debrief: rt("Fixed, not warm."),
      },
      { id: "memo", kind: "note", position: at, text: rt("Check the refund wording.") },
    ],
    edges: [
      edge("pre", "next", "s1"),
      edge("s1", "next", "d1"),
      edge("d1", "d1-strong", "c1"),
      edge("d1", "d1-mixed", "c1"),
      edge("d1", "d1-weak", "c1"),
      edge("d1", "d1-advanced", "c1"),
      edge("d1", "timeout", "c1"),
      edge("c1", "calm", "d2"),
      edge("c1", "else", "s2"),
      edge("s2", "next", "d2"),
      edge("d2", "d2-fix", "mid"),
      edge("d2", "d2-blame", "mid"),
      edge("d2", "d2-escalate", "mid"),
      edge("d2", "d2-extra", "mid"),
      edge("mid", "next", "d3"),
      edge("d3", "d3-close", "post"),
      edge("d3", "d3-rush", "post"),
      edge("post", "next", "c2"),
      edge("c2", "escalated", "esc"),
      edge("c2", "won", "win"),
      edge("c2", "else", "ok"),
    ],
  };
  return ScenarioSchema.parse(input);
}

/**
 * Drives a run for a test: scenes and feedback are continued, and each decision
 * or reflection consumes the next answer (an option id, "timeout", a number or
 * a text). Stops at the end, or where the answers run out.
 */
export function drive(
  engine: Engine,
  state: RunState,
  answers: readonly (string | number)[],
  ms = 1000,
): RunState {
  let s = state;
  const queue = [...answers];
  for (let guard = 0; guard < 1000; guard++) {
    if (s.status === "scene" || s.status === "feedback") {
      s = engine.continue(s, ms);
      continue;
    }
    if (s.status === "ended" || queue.length === 0) return s;
    const answer = queue.shift()!;
    if (s.status === "decision")
      s = answer === "timeout" ? engine.timeout(s, ms) : engine.choose(s, String(answer), ms);
    else s = engine.reflect(s, answer, ms);
  }
  throw new Error("the run did not settle");
}
