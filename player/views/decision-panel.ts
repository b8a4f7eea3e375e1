import type { View } from "../../core";
import { el, uid } from "../dom/el";
import { richTextBlock } from "../dom/render-rich-text";
import { type Countdown, createCountdown } from "./countdown";
import type { Panel, PlayerContext } from "./player-context";

type DecisionView = Extract<View, { kind: "decision" }>;

/** The prompt, the learner's replies as real buttons (1-9 pick them), and the countdown if timed. */
export function decisionPanel(ctx: PlayerContext, view: DecisionView): Panel {
  const promptId = uid("prompt");
  const prompt = richTextBlock(view.prompt, "fl-prompt", { newTabHint: ctx.text.opensInNewTab });
  prompt.id = promptId;
  prompt.tabIndex = -1;
  // A heading for screen-reader users who move by headings; the prompt says the rest.
  const element = el(
    "section",
    { class: "fl-panel fl-decision", "aria-labelledby": promptId },
    el("h2", { class: "fl-sr" }, ctx.text.reply),
    prompt,
  );

  let answered = false;
  let countdown: Countdown | null = null;
  const once = (action: () => void) => () => {
    if (answered) return;
    answered = true;
    countdown?.stop();
    action();
  };

  if (view.timer) {
    countdown = createCountdown(
      ctx,
      view.timer.seconds,
      ctx.scenario.settings.timerAdjustable,
      once(() => ctx.act.timeout()),
    );
    element.append(countdown.element);
  }

  const buttons = view.options.map((option, i) => {
    const key = i < 9 ? String(i + 1) : null;
    return el(
      "button",
      {
        type: "button",
        class: "fl-option",
        "aria-keyshortcuts": key,
        click: once(() => ctx.act.choose(option.id)),
      },
      key ? el("span", { class: "fl-key", "aria-hidden": "true" }, key) : null,
      el("span", { class: "fl-option-text" }, option.text),
    );
  });
  element.append(
    el("div", { class: "fl-options", role: "group", "aria-labelledby": promptId }, ...buttons),
  );
  if (buttons.length > 1)
    element.append(
      el("p", { class: "fl-hint" }, ctx.text.optionsHint(Math.min(9, buttons.length))),
    );

  return {
    element,
    focus: prompt,
    pick(n) {
      const button = buttons[n - 1];
      if (!button || answered) return false;
      button.focus();
      button.click();
      return true;
    },
    dispose: () => countdown?.stop(),
  };
}
