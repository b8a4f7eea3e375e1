import type { ContextCard, Media, MoodReading, Persona, RichText } from "../../core";
import { el, srOnly } from "../dom/el";
import { richTextBlock } from "../dom/render-rich-text";
import { safeMediaUrl } from "../dom/safe-url";
import { mediaBlock } from "./media-block";
import { moodBadge } from "./mood-icon";
import type { PlayerContext } from "./player-context";

/** What one scene puts in the conversation: the engine's scene view, or a past scene rebuilt for the log. */
export interface CustomerLine {
  persona: Persona | null;
  text: RichText;
  contextCards: readonly ContextCard[];
  media: Media | null;
  mood: MoodReading | null;
}

function contextCards(ctx: PlayerContext, cards: readonly ContextCard[]): HTMLElement {
  const list = el("ul", { class: "fl-cards" });
  for (const card of cards) {
    const kind = ctx.text.cardKinds[card.kind];
    list.append(
      el(
        "li",
        { class: `fl-card fl-card--${card.kind}` },
        kind ? el("p", { class: "fl-card-kind" }, kind) : null,
        el("p", { class: "fl-card-title" }, card.title),
        card.body ? el("p", { class: "fl-card-body" }, card.body) : null,
      ),
    );
  }
  return list;
}

/** A customer's line as a chat bubble; a scene without a persona is narration. */
export function customerLine(ctx: PlayerContext, line: CustomerLine): HTMLLIElement {
  const item = el("li", {
    class: line.persona ? "fl-line fl-line--customer" : "fl-line fl-line--narration",
  });
  if (line.contextCards.length > 0) item.append(contextCards(ctx, line.contextCards));
  const bubble = el("div", { class: "fl-bubble" });
  const avatar = line.persona?.avatarAssetId
    ? safeMediaUrl(ctx.assetUrl(line.persona.avatarAssetId))
    : null;
  if (line.persona || line.mood) {
    bubble.append(
      el(
        "p",
        { class: "fl-who" },
        // Decorative: the name is written next to it.
        avatar ? el("img", { class: "fl-avatar", src: avatar, alt: "" }) : null,
        line.persona ? el("span", { class: "fl-name" }, line.persona.name) : null,
        line.mood ? srOnly(`, ${ctx.text.mood.toLowerCase()}: `) : null,
        line.mood ? moodBadge(line.mood.band) : null,
      ),
    );
  }
  bubble.append(richTextBlock(line.text, "fl-says", { newTabHint: ctx.text.opensInNewTab }));
  if (line.media) bubble.append(mediaBlock(ctx, line.media));
  item.append(bubble);
  return item;
}

export function learnerLine(ctx: PlayerContext, text: string | null): HTMLLIElement {
  return el(
    "li",
    { class: "fl-line fl-line--learner" },
    el(
      "div",
      { class: "fl-bubble" },
      el("p", { class: "fl-who" }, el("span", { class: "fl-name" }, ctx.text.you)),
      el(
        "p",
        { class: text === null ? "fl-says fl-says--none" : "fl-says" },
        text ?? ctx.text.noReply,
      ),
    ),
  );
}

export function typingLine(text: string): HTMLLIElement {
  return el(
    "li",
    { class: "fl-line fl-line--customer fl-line--typing", "aria-hidden": "true" },
    el(
      "div",
      { class: "fl-bubble" },
      el("span", { class: "fl-dots" }, el("span"), el("span"), el("span")),
      el("span", { class: "fl-typing-text" }, text),
    ),
  );
}
