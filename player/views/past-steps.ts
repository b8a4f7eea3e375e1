import type { Difficulty, Option, PathStep, RichText, SceneNode } from "../../core";
import type { CustomerLine } from "./customer-line";
import { readingOf } from "./mood-icon";
import type { PlayerContext } from "./player-context";

/**
 * Past steps rebuilt from the scenario for the conversation log and the
 * debrief: the engine describes only the step on screen, and a resumed run
 * has to show what came before it.
 */

function variant<T>(
  standard: T,
  variants: { gentle: T | null; challenge: T | null },
  level: Difficulty,
): T {
  return level === "standard" ? standard : (variants[level] ?? standard);
}

export function pastCustomerLine(ctx: PlayerContext, step: PathStep): CustomerLine | null {
  const node = ctx.nodes.get(step.nodeId);
  if (node?.kind !== "scene") return null;
  const scene: SceneNode = node;
  const persona = scene.personaId
    ? (ctx.scenario.personas.find((p) => p.id === scene.personaId) ?? null)
    : null;
  return {
    persona,
    text: variant<RichText>(scene.text, scene.variants, step.difficulty),
    contextCards: scene.contextCards,
    media: scene.media,
    // The mood the scene was left with: after its own effects, as it was shown.
    mood: readingOf(ctx.scenario.mood, step.moodAfter ?? step.moodBefore),
  };
}

export function chosenOption(ctx: PlayerContext, step: PathStep): Option | null {
  const node = ctx.nodes.get(step.nodeId);
  if (node?.kind !== "decision" || step.optionId === undefined) return null;
  return node.options.find((o) => o.id === step.optionId) ?? null;
}

/** The reply as the learner saw it, or null when the timer ran out. */
export function chosenText(ctx: PlayerContext, step: PathStep): string | null {
  const option = chosenOption(ctx, step);
  return option ? variant(option.text, option.variants, step.difficulty) : null;
}

export function isAnswered(step: PathStep): boolean {
  return step.kind === "decision" && (step.optionId !== undefined || step.timedOut === true);
}

/** The persona of the latest scene, for "how Maya felt". */
export function currentPersonaName(ctx: PlayerContext, path: readonly PathStep[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const node = ctx.nodes.get(path[i]!.nodeId);
    if (node?.kind === "scene" && node.personaId) {
      const persona = ctx.scenario.personas.find((p) => p.id === node.personaId);
      if (persona) return persona.name;
    }
  }
  return ctx.scenario.personas[0]?.name ?? ctx.text.customer;
}
