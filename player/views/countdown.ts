import { el } from "../dom/el";
import type { PlayerContext } from "./player-context";

export interface Countdown {
  readonly element: HTMLElement;
  stop(): void;
}

/** WCAG 2.2.1 asks that a learner can extend a limit by at least 20 seconds with a simple action. */
const MIN_EXTENSION_MS = 20_000;
const WARN_AT_MS = 10_000;

function clockText(ms: number): string {
  const total = Math.ceil(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}

/**
 * A visible countdown (text and bar) for a timed decision. It runs on the
 * player's clock and calls `onExpire` once when it reaches zero. With
 * `adjustable`, the learner may pause it and add time as often as needed.
 */
export function createCountdown(
  ctx: PlayerContext,
  seconds: number,
  adjustable: boolean,
  onExpire: () => void,
): Countdown {
  const { clock, text } = ctx;
  let total = seconds * 1000;
  let remaining = total;
  let since = clock.now();
  let paused = false;
  let handle: unknown = null;
  let warned = false;
  let stopped = false;

  const label = el("span", { class: "fl-timer-text" });
  const fill = el("span", { class: "fl-timer-fill" });
  const bar = el("span", { class: "fl-timer-bar", "aria-hidden": "true" }, fill);
  const element = el("div", { class: "fl-timer" }, el("p", { class: "fl-timer-line" }, label), bar);

  const left = () => (paused ? remaining : remaining - (clock.now() - since));

  const render = (ms: number) => {
    label.textContent = paused
      ? `${text.timeLeft(clockText(ms))} · ${text.paused}`
      : text.timeLeft(clockText(ms));
    fill.style.transform = `scaleX(${Math.max(0, Math.min(1, ms / total))})`;
    element.classList.toggle("fl-timer--low", ms <= Math.min(WARN_AT_MS, total / 3));
  };

  const tick = () => {
    handle = null;
    if (stopped || paused) return;
    const ms = left();
    if (ms <= 0) {
      stop();
      render(0);
      ctx.announce(text.timeUp);
      onExpire();
      return;
    }
    if (!warned && ms <= WARN_AT_MS && total > WARN_AT_MS) {
      warned = true;
      ctx.announce(text.secondsLeft(Math.ceil(ms / 1000)));
    }
    render(ms);
    // Wake on the next whole second so the text never lags.
    handle = clock.setTimeout(tick, ms % 1000 || 1000);
  };

  function stop() {
    stopped = true;
    if (handle !== null) clock.clearTimeout(handle);
    handle = null;
  }

  if (adjustable) {
    const pause = el("button", { type: "button", class: "fl-button fl-button--quiet" }, text.pause);
    pause.addEventListener("click", () => {
      if (stopped) return;
      if (paused) {
        paused = false;
        since = clock.now();
        pause.textContent = text.pause;
        tick();
      } else {
        remaining = left();
        paused = true;
        if (handle !== null) clock.clearTimeout(handle);
        handle = null;
        pause.textContent = text.resume;
        render(remaining);
        ctx.announce(text.paused);
      }
    });
    const more = el(
      "button",
      { type: "button", class: "fl-button fl-button--quiet" },
      text.moreTime,
    );
    more.addEventListener("click", () => {
      if (stopped) return;
      const extra = Math.max(MIN_EXTENSION_MS, seconds * 1000);
      remaining += extra;
      total = Math.max(total, left());
      if (left() > WARN_AT_MS) warned = false;
      render(left());
      ctx.announce(text.moreTimeAdded(Math.round(extra / 1000)));
    });
    element.append(el("div", { class: "fl-timer-controls" }, pause, more));
  }

  tick();
  return { element, stop };
}
