import { createHash } from "node:crypto";
import { richTextFromPlain, type Scenario, type ScenarioInput, ScenarioSchema } from "../../core";

/** Text that would run if any format let scenario text through as markup or code. */
export const HOSTILE = {
  script: '<script>window.__pwned = "script"</script>',
  img: "<img src=x onerror=\"window.__pwned = 'img'\">",
  closeScript: '</script><script>window.__pwned = "close"</script>',
  cdata: "]]><!-- --><x:y>&amp;&#0;",
  jsUrl: "javascript:window.__pwned = 'link'",
} as const;

const PNG_1PX = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  ),
);

export interface ExportScenarioOptions {
  /** Give the scenario a weighted passing rule (default) or none. */
  passing?: boolean;
  /** Put hostile text in every learner-facing field. */
  hostile?: boolean;
  /** Attach a one-pixel image to the first scene. */
  withImage?: boolean;
  id?: string;
}

export interface ExportFixture {
  scenario: Scenario;
  assets: Map<string, Uint8Array>;
}

/**
 * A small scenario that exercises what the exporters report: a pre and post
 * reflection, two decisions (one timed), a condition, success and failure
 * endings, skills, two rubric dimensions, a mood gauge and a designer note.
 * The strong path (o-ack, o-plan) passes; the weak one (o-deflect, o-blame) fails.
 */
export function exportFixture(options: ExportScenarioOptions = {}): ExportFixture {
  const h = options.hostile
    ? (s: string) => `${s} ${HOSTILE.script} ${HOSTILE.img} ${HOSTILE.closeScript} ${HOSTILE.cdata}`
    : (s: string) => s;
  /** For fields capped at 40 to 120 characters. */
  const hs = options.hostile
    ? (s: string) => `${s}<img src=x onerror=__pwned=1>`
    : (s: string) => s;
  const assets = new Map<string, Uint8Array>();
  const imageId = `sha256-${createHash("sha256").update(PNG_1PX).digest("hex")}`;
  if (options.withImage) assets.set(imageId, PNG_1PX);
  const text = (s: string) => richTextFromPlain(h(s));
  const linkText = options.hostile
    ? {
        type: "doc" as const,
        content: [
          {
            type: "paragraph" as const,
            content: [
              {
                type: "text" as const,
                text: h("See the policy"),
                marks: [{ type: "link" as const, attrs: { href: HOSTILE.jsUrl } }],
              },
            ],
          },
        ],
      }
    : text("See the policy");
  const input: ScenarioInput = {
    format: "forkline.scenario",
    version: 1,
    meta: {
      id: options.id ?? (options.hostile ? "hostile-refund" : "late-refund"),
      title: h("A late refund"),
      summary: h("A customer waited three days for a refund."),
      language: "en",
    },
    variables: [
      { name: "trust", type: "number", initial: 4, min: 0, max: 10 },
      { name: "escalated", type: "boolean", initial: false },
    ],
    mood: {
      variable: "trust",
      bands: [
        { from: 0, label: hs("Mad"), icon: "furious", color: "#b00020" },
        { from: 4, label: "Frustrated", icon: "frustrated", color: "#e65100" },
        { from: 7, label: "Reassured", icon: "reassured", color: "#2e7d32" },
      ],
    },
    skills: [
      { id: "acknowledge", label: hs("Acknowledge impact") },
      { id: "clarify", label: "Ask a clarifying question" },
      { id: "next-steps", label: "Act with clear next steps" },
    ],
    rubric: {
      dimensions: [
        { id: "acknowledge", label: hs("Acknowledge"), weight: 1, maxPoints: 4 },
        { id: "act", label: "Act", weight: 1, maxPoints: 4 },
      ],
      passing: options.passing === false ? { mode: "none" } : { mode: "weighted", threshold: 0.6 },
    },
    personas: [{ id: "dana", name: hs("Dana"), context: h("Ordered a kettle") }],
    settings: { startNodeId: "pre", retry: { policy: "limited", maxRetries: 2 } },
    assets: options.withImage
      ? [{ id: imageId, name: "pixel.png", mimeType: "image/png", bytes: PNG_1PX.length }]
      : [],
    nodes: [
      {
        id: "pre",
        kind: "reflection",
        position: { x: 0, y: 0 },
        phase: "pre",
        reflectionKind: "confidence",
        prompt: text("How sure are you?"),
      },
      {
        id: "s1",
        kind: "scene",
        position: { x: 200, y: 0 },
        personaId: "dana",
        text: text("Three days and still no refund."),
        contextCards: [
          {
            id: "ticket",
            kind: "ticket-note",
            title: hs("Ticket"),
            body: h("Refund approved on Monday"),
          },
        ],
        ...(options.withImage
          ? { media: { kind: "image" as const, assetId: imageId, alt: h("A receipt") } }
          : {}),
      },
      {
        id: "d1",
        kind: "decision",
        position: { x: 400, y: 0 },
        prompt: text("What do you say first?"),
        timer: { seconds: 120, feedback: text("Silence feels like being ignored.") },
        options: [
          {
            id: "o-ack",
            text: h("Three days is too long; I'm sorry."),
            quality: "strong",
            feedback: linkText,
            points: { acknowledge: 3, act: 1 },
            skillsPractised: ["acknowledge"],
            effects: [{ variable: "trust", op: "add", value: 3 }],
          },
          {
            id: "o-ask",
            text: "Can you give me the order number?",
            quality: "mixed",
            feedback: text("Fair, but it skips her feelings."),
            points: { acknowledge: 1 },
            skillsPractised: ["clarify"],
            skillsMissed: ["acknowledge"],
          },
          {
            id: "o-deflect",
            text: "Refunds take time.",
            quality: "weak",
            feedback: text("This dismisses her."),
            skillsMissed: ["acknowledge"],
            effects: [{ variable: "trust", op: "add", value: -3 }],
          },
        ],
      },
      {
        id: "s2",
        kind: "scene",
        position: { x: 600, y: 0 },
        personaId: "dana",
        text: text("So what happens now?"),
      },
      {
        id: "d2",
        kind: "decision",
        position: { x: 800, y: 0 },
        prompt: text("How do you close?"),
        options: [
          {
            id: "o-plan",
            text: "I've pushed it through; you'll have it by Friday.",
            quality: "strong",
            feedback: text("Clear and concrete."),
            points: { act: 3 },
            skillsPractised: ["next-steps"],
            effects: [{ variable: "trust", op: "add", value: 2 }],
          },
          {
            id: "o-blame",
            text: "Finance is slow, not us.",
            quality: "weak",
            feedback: text("Blaming others erodes trust."),
            skillsMissed: ["next-steps"],
            effects: [
              { variable: "trust", op: "add", value: -2 },
              { variable: "escalated", op: "set", value: true },
            ],
          },
        ],
      },
      {
        id: "post",
        kind: "reflection",
        position: { x: 1000, y: 0 },
        phase: "post",
        reflectionKind: "text",
        prompt: text("What would you do differently?"),
      },
      {
        id: "c1",
        kind: "condition",
        position: { x: 1200, y: 0 },
        rules: [
          {
            id: "happy",
            when: { combine: "all", clauses: [{ variable: "trust", op: "gte", value: 6 }] },
          },
        ],
      },
      {
        id: "e-good",
        kind: "ending",
        position: { x: 1400, y: -100 },
        outcome: "success",
        title: hs("Dana is reassured"),
        debrief: text("You owned it and set a date."),
      },
      {
        id: "e-bad",
        kind: "ending",
        position: { x: 1400, y: 100 },
        outcome: "failure",
        title: "Dana escalates",
        debrief: text("She asked for a manager."),
      },
      {
        id: "note",
        kind: "note",
        position: { x: 0, y: 300 },
        text: richTextFromPlain("Designer only: never exported"),
      },
    ],
    edges: [
      { id: "e1", source: "pre", sourcePort: "next", target: "s1" },
      { id: "e2", source: "s1", sourcePort: "next", target: "d1" },
      { id: "e3", source: "d1", sourcePort: "o-ack", target: "s2" },
      { id: "e4", source: "d1", sourcePort: "o-ask", target: "s2" },
      { id: "e5", source: "d1", sourcePort: "o-deflect", target: "s2" },
      { id: "e6", source: "d1", sourcePort: "timeout", target: "s2" },
      { id: "e7", source: "s2", sourcePort: "next", target: "d2" },
      { id: "e8", source: "d2", sourcePort: "o-plan", target: "post" },
      { id: "e9", source: "d2", sourcePort: "o-blame", target: "post" },
      { id: "e10", source: "post", sourcePort: "next", target: "c1" },
      { id: "e11", source: "c1", sourcePort: "happy", target: "e-good" },
      { id: "e12", source: "c1", sourcePort: "else", target: "e-bad" },
    ],
  };
  return { scenario: ScenarioSchema.parse(input), assets };
}
