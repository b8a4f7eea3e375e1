import type { MoodReading, VariableValue, View } from "../../core";
import { el } from "../dom/el";
import { richTextBlock } from "../dom/render-rich-text";
import { moodBadge } from "./mood-icon";
import type { Panel, PlayerContext } from "./player-context";

type FeedbackView = Extract<View, { kind: "feedback" }>;

function shown(value: VariableValue): string {
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

/** "trust" → "Trust", "queue_length" → "Queue length": variable names are what designers typed. */
export function variableLabel(name: string): string {
  const words = name
    .replace(/_/g, " ")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function changeText(change: FeedbackView["changes"][number]): string {
  const base = `${variableLabel(change.variable)}: ${shown(change.before)} → ${shown(change.after)}`;
  if (typeof change.before === "number" && typeof change.after === "number") {
    const delta = change.after - change.before;
    return `${base} (${delta > 0 ? "+" : ""}${Math.round(delta * 100) / 100})`;
  }
  return base;
}

export function moodShift(
  before: MoodReading | null,
  after: MoodReading | null,
): HTMLParagraphElement | null {
  if (!before || !after) return null;
  return el("p", { class: "fl-mood-shift" }, moodBadge(before.band), " → ", moodBadge(after.band));
}

function skillList(title: string, skills: readonly { label: string }[], kind: string) {
  if (skills.length === 0) return null;
  return el(
    "div",
    { class: `fl-skills fl-skills--${kind}` },
    el("h3", null, title),
    el("ul", null, ...skills.map((s) => el("li", null, s.label))),
  );
}

/**
 * Right after a choice: what the customer felt, what changed and why, the
 * skills the reply practised or missed, the coaching, then continue or retry.
 */
export function feedbackPanel(
  ctx: PlayerContext,
  view: FeedbackView,
  canRetry: boolean,
  name: string,
): Panel {
  const { text } = ctx;
  const heading = el(
    "h2",
    { tabindex: "-1" },
    view.timedOut ? text.timeUp : text.quality[view.quality],
  );
  const element = el(
    "section",
    { class: `fl-panel fl-feedback fl-feedback--${view.quality}`, "aria-label": text.coaching },
    heading,
    view.optionText !== null
      ? el(
          "p",
          { class: "fl-you-said" },
          el("span", { class: "fl-label" }, text.youSaid),
          ` “${view.optionText}”`,
        )
      : null,
  );
  const shift = moodShift(view.moodBefore, view.moodAfter);
  if (shift) element.append(el("h3", null, text.felt(name)), shift);
  if (view.changes.length > 0) {
    element.append(
      el("h3", null, text.changes),
      el("ul", { class: "fl-changes" }, ...view.changes.map((c) => el("li", null, changeText(c)))),
    );
  }
  const practised = skillList(text.practised, view.skillsPractised, "practised");
  const missed = skillList(text.missed, view.skillsMissed, "missed");
  if (practised || missed) element.append(el("div", { class: "fl-skill-row" }, practised, missed));
  element.append(
    el("h3", null, text.coaching),
    richTextBlock(view.feedback, "fl-coaching", {
      headingStart: 4,
      newTabHint: text.opensInNewTab,
    }),
  );
  const actions = el(
    "div",
    { class: "fl-actions" },
    el(
      "button",
      { type: "button", class: "fl-button", click: () => ctx.act.continue() },
      text.continue,
    ),
    canRetry
      ? el(
          "button",
          { type: "button", class: "fl-button fl-button--quiet", click: () => ctx.act.retry() },
          text.tryAgain,
        )
      : null,
  );
  element.append(actions);

  const moodWords =
    view.moodBefore && view.moodAfter
      ? ` ${name}: ${view.moodBefore.band.label} → ${view.moodAfter.band.label}.`
      : "";
  ctx.announce(`${heading.textContent}.${moodWords}`);
  return { element, focus: heading };
}
