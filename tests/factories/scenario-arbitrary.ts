/**
 * fast-check generator of valid scenarios: every node kind, options with
 * effects, show-conditions, points and skills, timers, condition rules,
 * context cards and media, rich text with marks, variables of every type, a
 * mood gauge, personas, assets and edges (some to missing nodes, which the
 * schema allows). Every value is parsed by ScenarioSchema before it is used.
 */
import fc from "fast-check";
import {
  NODE_KINDS,
  type NodeKind,
  portsOf,
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  type Scenario,
  type ScenarioNode,
  ScenarioSchema,
} from "../../core";
import { richTextArbitrary } from "./rich-text-arbitrary";

export interface ScenarioArbitraryOptions {
  /** Rich text in the normal form a Y.Doc keeps (default true). */
  canonicalRichText?: boolean;
  maxNodes?: number;
}

const id = fc.stringMatching(/^[a-z][a-z0-9_-]{0,7}$/);
const varName = fc.constantFrom("trust", "patience", "escalated", "channel", "score_2");
const label = (max = 20) => fc.string({ unit: "grapheme", maxLength: max });
const title = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 20 })
  .filter((s) => s.length <= 80);
// JSON has no -0, so a file cannot keep one: generate plain zeros.
const num = fc
  .oneof(fc.integer({ min: -50, max: 50 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }))
  .map((n) => n + 0);
const scalar = fc.oneof(num, fc.boolean(), label(10));
const sha = fc.stringMatching(/^[0-9a-f]{64}$/).map((h) => `sha256-${h}`);

const effect = fc.record({ variable: varName, op: fc.constantFrom("set", "add"), value: scalar });
const condition = fc.record({
  combine: fc.constantFrom("all", "any"),
  clauses: fc.array(
    fc.record({
      variable: varName,
      op: fc.constantFrom("eq", "neq", "lt", "lte", "gt", "gte"),
      value: scalar,
    }),
    { maxLength: 2 },
  ),
});

const variable = fc.oneof(
  fc
    .tuple(varName, fc.integer({ min: -10, max: 0 }), fc.integer({ min: 0, max: 20 }), fc.boolean())
    .map(([name, min, max, bounded]) => ({
      name,
      type: "number",
      initial: bounded ? Math.floor((min + max) / 2) : 3.5,
      min: bounded ? min : null,
      max: bounded ? max : null,
    })),
  fc.record({
    name: varName,
    type: fc.constant("boolean"),
    initial: fc.boolean(),
    description: label(),
  }),
  fc.record({ name: varName, type: fc.constant("text"), initial: label(10) }),
);

function nodeArbitrary(
  nodeId: string,
  kind: NodeKind,
  rich: fc.Arbitrary<unknown>,
): fc.Arbitrary<unknown> {
  const base = {
    id: fc.constant(nodeId),
    kind: fc.constant(kind),
    position: fc.record({ x: num, y: num }),
    label: label(),
  };
  const option = (i: number) =>
    fc.record({
      id: fc.constant(`${nodeId}.o${i}`),
      text: title,
      variants: fc.record({
        gentle: fc.option(title, { nil: null }),
        challenge: fc.option(title, { nil: null }),
      }),
      showIf: fc.option(condition, { nil: null }),
      advanced: fc.boolean(),
      effects: fc.array(effect, { maxLength: 2 }),
      points: fc.dictionary(
        fc.constantFrom("acknowledge", "align", "act"),
        fc.integer({ min: -3, max: 3 }),
      ),
      skillsPractised: fc.uniqueArray(fc.constantFrom("summarize", "offer-choice"), {
        maxLength: 2,
      }),
      skillsMissed: fc.uniqueArray(fc.constantFrom("set-timeline"), { maxLength: 1 }),
      quality: fc.constantFrom("strong", "mixed", "weak"),
      feedback: rich,
    });
  switch (kind) {
    case "scene":
      return fc.record({
        ...base,
        personaId: fc.option(fc.constantFrom("sam", "alex"), { nil: null }),
        text: rich,
        variants: fc.record({
          gentle: fc.option(rich, { nil: null }),
          challenge: fc.option(rich, { nil: null }),
        }),
        contextCards: fc.integer({ min: 0, max: 2 }).chain((n) =>
          fc.tuple(
            ...Array.from({ length: n }, (_, i) =>
              fc.record({
                id: fc.constant(`${nodeId}.c${i}`),
                kind: fc.constantFrom("ticket-note", "queue", "custom"),
                title,
                body: label(40),
              }),
            ),
          ),
        ),
        media: fc.option(
          fc.record({
            kind: fc.constantFrom("image", "audio"),
            assetId: sha,
            alt: label(),
            transcript: label(),
          }),
          { nil: null },
        ),
        effects: fc.array(effect, { maxLength: 2 }),
      });
    case "decision":
      return fc.record({
        ...base,
        prompt: rich,
        options: fc
          .integer({ min: 0, max: 4 })
          .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => option(i)))),
        shuffle: fc.boolean(),
        timer: fc.option(
          fc.record({
            seconds: fc.integer({ min: 3, max: 3600 }),
            effects: fc.array(effect, { maxLength: 1 }),
            feedback: rich,
            skillsMissed: fc.uniqueArray(fc.constantFrom("set-timeline", "summarize"), {
              maxLength: 2,
            }),
          }),
          { nil: null },
        ),
      });
    case "condition":
      return fc.record({
        ...base,
        rules: fc
          .integer({ min: 0, max: 3 })
          .chain((n) =>
            fc.tuple(
              ...Array.from({ length: n }, (_, i) =>
                fc.record({ id: fc.constant(`${nodeId}.r${i}`), label: label(), when: condition }),
              ),
            ),
          ),
      });
    case "reflection":
      return fc.record({
        ...base,
        phase: fc.constantFrom("pre", "mid", "post"),
        reflectionKind: fc.constantFrom("confidence", "likert", "text"),
        prompt: rich,
        scale: fc.option(fc.array(title, { minLength: 2, maxLength: 5 }), { nil: null }),
      });
    case "ending":
      return fc.record({
        ...base,
        outcome: fc.constantFrom("success", "partial", "failure"),
        title,
        debrief: rich,
        lms: fc.record({
          completion: fc.constantFrom("completed", "incomplete"),
          success: fc.constantFrom("by-rubric", "passed", "failed"),
        }),
      });
    case "note":
      return fc.record({ ...base, text: rich, color: fc.constantFrom("yellow", "blue", "grey") });
  }
}

function edgesFor(nodes: ScenarioNode[]): fc.Arbitrary<unknown[]> {
  const ids = nodes.map((n) => n.id);
  const ports = nodes.flatMap((n) =>
    portsOf(n).map((port) => ({ source: n.id, sourcePort: port })),
  );
  if (ports.length === 0) return fc.constant<unknown[]>([]);
  return fc
    .uniqueArray(fc.constantFrom(...ports), {
      maxLength: ports.length,
      selector: (p) => `${p.source}/${p.sourcePort}`,
    })
    .chain((chosen) =>
      fc.tuple(
        ...chosen.map((p, i) =>
          fc
            .oneof(
              { weight: 9, arbitrary: fc.constantFrom(...ids) },
              { weight: 1, arbitrary: fc.constant("missing-node") },
            )
            .map((target) => ({ id: `e${i}`, ...p, target })),
        ),
      ),
    );
}

/** Valid scenarios of every shape the schema allows, small enough to shrink well. */
export function scenarioArbitrary(options: ScenarioArbitraryOptions = {}): fc.Arbitrary<Scenario> {
  const rich = richTextArbitrary({ canonical: options.canonicalRichText ?? true });
  const maxNodes = options.maxNodes ?? 8;
  const nodes = fc
    .uniqueArray(fc.tuple(id, fc.constantFrom(...NODE_KINDS)), {
      maxLength: maxNodes,
      selector: ([i]) => i,
    })
    .chain(
      (specs): fc.Arbitrary<unknown[]> =>
        specs.length
          ? fc.tuple(...specs.map(([i, k]) => nodeArbitrary(i, k, rich)))
          : fc.constant([]),
    );
  const rest = fc.record({
    meta: fc.record({
      id,
      title,
      summary: label(40),
      language: fc.constantFrom("en", "fr-CA", "de"),
      authors: fc.array(title, { maxLength: 2 }),
      tags: fc.uniqueArray(fc.constantFrom("refunds", "outage", "tone"), { maxLength: 3 }),
      source: label(),
    }),
    variables: fc.uniqueArray(variable, { maxLength: 4, selector: (v) => v.name }),
    skills: fc.uniqueArray(fc.record({ id, label: title, description: label() }), {
      maxLength: 3,
      selector: (s) => s.id,
    }),
    rubric: fc.record({
      dimensions: fc.uniqueArray(
        fc.record({
          id,
          label: title,
          weight: fc.integer({ min: 0, max: 5 }),
          maxPoints: fc.integer({ min: 1, max: 9 }),
        }),
        { maxLength: 3, selector: (d) => d.id },
      ),
      passing: fc.record({
        mode: fc.constantFrom("none", "weighted", "each"),
        threshold: fc.double({ min: 0, max: 1, noNaN: true }),
        requireOutcome: fc.constantFrom("any", "success", "success-or-partial"),
      }),
    }),
    personas: fc.uniqueArray(
      fc.record({
        id,
        name: title,
        context: label(),
        channel: fc.constantFrom("chat", "phone"),
        avatarAssetId: fc.option(sha, { nil: null }),
      }),
      { maxLength: 2, selector: (p) => p.id },
    ),
    settings: fc.record({
      feedbackMode: fc.constantFrom("immediate", "end"),
      retry: fc.record({
        policy: fc.constantFrom("none", "limited", "unlimited"),
        maxRetries: fc.integer({ min: 0, max: 5 }),
      }),
      difficulty: fc.record({
        initial: fc.constantFrom("gentle", "standard", "challenge"),
        adaptive: fc.boolean(),
        easeAfterWeak: fc.integer({ min: 1, max: 5 }),
        raiseAfterStrong: fc.integer({ min: 1, max: 5 }),
        advancedOnlyAtChallenge: fc.boolean(),
      }),
      timerAdjustable: fc.boolean(),
    }),
    assets: fc.uniqueArray(
      fc.record({
        id: sha,
        name: title,
        mimeType: fc.constantFrom("image/png", "audio/mpeg"),
        bytes: fc.nat(),
      }),
      { maxLength: 2, selector: (a) => a.id },
    ),
    moodBands: fc.array(
      fc.record({
        from: fc.integer({ min: 0, max: 10 }),
        label: title.filter((t) => t.length <= 40),
        icon: fc.constantFrom("furious", "neutral", "delighted"),
        color: fc.stringMatching(/^#[0-9a-f]{6}$/),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    moodOn: fc.boolean(),
    startIndex: fc.nat(),
  });
  return fc.tuple(nodes, rest).chain(([rawNodes, r]) => {
    const parsedNodes = ScenarioSchema.shape.nodes.parse(rawNodes);
    return edgesFor(parsedNodes).map((edges) => {
      const numberVar = r.variables.find((v) => v.type === "number");
      const { moodBands, moodOn, startIndex, ...parts } = r;
      return ScenarioSchema.parse({
        format: SCENARIO_FORMAT,
        version: SCENARIO_VERSION,
        ...parts,
        mood: moodOn && numberVar ? { variable: numberVar.name, bands: moodBands } : null,
        settings: {
          ...parts.settings,
          startNodeId: parsedNodes.length ? parsedNodes[startIndex % parsedNodes.length]!.id : null,
        },
        nodes: rawNodes,
        edges,
      });
    });
  });
}
