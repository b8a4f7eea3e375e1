import type { LevelChange } from "../../core";
import { el } from "../dom/el";
import type { PlayerContext } from "./player-context";

/** Adaptive difficulty tells the learner why the next choices feel different. */
export function levelNotice(ctx: PlayerContext, change: LevelChange): HTMLElement {
  const message = change.reason === "eased-after-weak" ? ctx.text.levelEased : ctx.text.levelRaised;
  ctx.announce(message);
  return el("p", { class: `fl-level fl-level--${change.to}`, role: "note" }, message);
}
