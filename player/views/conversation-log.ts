import type { RunState, View } from "../../core";
import { plainTextOf } from "../../core";
import { el } from "../dom/el";
import { type CustomerLine, customerLine, learnerLine, typingLine } from "./customer-line";
import { chosenText, isAnswered, pastCustomerLine } from "./past-steps";
import type { PlayerContext } from "./player-context";

export interface ConversationLog {
  readonly element: HTMLOListElement;
  /**
   * Brings the log in line with the run's path: lines for new steps are added,
   * lines of undone steps (a retry or rewind) are removed. `onShown` runs when
   * the line on screen is visible, after the typing beat if there is one.
   */
  sync(state: RunState, view: View, typingMs: number, onShown: () => void): void;
  /** Forgets every line: for a new run, whose path indices start again. */
  reset(): void;
  dispose(): void;
}

/** One entry per path index: lines are built once and kept while their step stands. */
export function createConversationLog(ctx: PlayerContext): ConversationLog {
  const element = el("ol", { class: "fl-log", "aria-label": ctx.text.conversation });
  const entries = new Map<number, HTMLLIElement>();
  let typing: unknown = null;

  const stopTyping = () => {
    if (typing !== null) ctx.clock.clearTimeout(typing);
    typing = null;
    element.querySelector(".fl-line--typing")?.remove();
  };

  const add = (index: number, item: HTMLLIElement) => {
    entries.set(index, item);
    element.append(item);
  };

  const announceLine = (line: CustomerLine) => {
    const who = line.persona?.name;
    const mood = line.mood ? ` (${line.mood.band.label})` : "";
    ctx.announce(who ? `${who}${mood}: ${plainTextOf(line.text)}` : plainTextOf(line.text));
  };

  return {
    element,
    sync(state, view, typingMs, onShown) {
      stopTyping();
      let live: { index: number; line: CustomerLine } | null = null;
      state.path.forEach((step, i) => {
        const existing = entries.get(i);
        const wanted =
          !step.undone && (step.kind === "scene" || (step.kind === "decision" && isAnswered(step)));
        if (!wanted) {
          if (existing) {
            existing.remove();
            entries.delete(i);
          }
          return;
        }
        if (existing) return;
        if (step.kind === "decision") {
          add(i, learnerLine(ctx, chosenText(ctx, step)));
          return;
        }
        const isLive = view.kind === "scene" && i === state.path.length - 1;
        const line: CustomerLine | null =
          isLive && view.kind === "scene" ? view : pastCustomerLine(ctx, step);
        if (!line) return;
        if (isLive) live = { index: i, line };
        else add(i, customerLine(ctx, line));
      });
      const current = live as { index: number; line: CustomerLine } | null;
      if (!current) {
        onShown();
        return;
      }
      const reveal = () => {
        typing = null;
        element.querySelector(".fl-line--typing")?.remove();
        add(current.index, customerLine(ctx, current.line));
        announceLine(current.line);
        onShown();
      };
      const persona = current.line.persona;
      if (typingMs > 0 && persona) {
        element.append(typingLine(ctx.text.typing(persona.name)));
        typing = ctx.clock.setTimeout(reveal, typingMs);
      } else {
        reveal();
      }
    },
    reset() {
      stopTyping();
      entries.clear();
      element.replaceChildren();
    },
    dispose: stopTyping,
  };
}
