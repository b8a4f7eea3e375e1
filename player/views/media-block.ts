import type { Media } from "../../core";
import { el } from "../dom/el";
import { safeMediaUrl } from "../dom/safe-url";
import type { PlayerContext } from "./player-context";

/**
 * An image with its alt text, or audio/video with captions (when the scenario
 * has them) and the transcript behind a disclosure. A missing asset falls back
 * to its description so the line still makes sense.
 */
export function mediaBlock(ctx: PlayerContext, media: Media): HTMLElement {
  const src = safeMediaUrl(ctx.assetUrl(media.assetId));
  const figure = el("figure", { class: `fl-media fl-media--${media.kind}` });
  if (!src) {
    figure.append(el("figcaption", null, media.alt));
    return figure;
  }
  if (media.kind === "image") {
    figure.append(el("img", { src, alt: media.alt, loading: "lazy", decoding: "async" }));
    return figure;
  }
  const player = el(media.kind, { src, controls: true, preload: "metadata", class: "fl-av" });
  const captions = media.captionsAssetId ? safeMediaUrl(ctx.assetUrl(media.captionsAssetId)) : null;
  if (captions) {
    player.append(
      el("track", {
        kind: "captions",
        src: captions,
        srclang: ctx.scenario.meta.language,
        label: ctx.text.captions,
        default: true,
      }),
    );
  }
  figure.append(player, el("figcaption", null, media.alt));
  if (media.transcript) {
    figure.append(
      el(
        "details",
        { class: "fl-transcript" },
        el("summary", null, ctx.text.transcript),
        el("p", null, media.transcript),
      ),
    );
  }
  return figure;
}
