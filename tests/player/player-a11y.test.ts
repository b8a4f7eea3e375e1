import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../support/axe";
import { AUDIO_ASSET, CAPTIONS_ASSET, IMAGE_ASSET, lateDelivery } from "./fixtures/late-delivery";
import type { PlayStep } from "./support/find-endings";
import { playerHarness } from "./support/player-harness";
import { openBootPage, playByKeyboard, viewOf } from "./support/player-page";

const harness = playerHarness();
let assets: Record<string, string>;

/** A 1x1 PNG, a short silent WAV and a WebVTT file: enough for the elements to load. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
function silentWav(): Buffer {
  const samples = 800;
  const b = Buffer.alloc(44 + samples);
  b.write("RIFF", 0);
  b.writeUInt32LE(36 + samples, 4);
  b.write("WAVEfmt ", 8);
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20);
  b.writeUInt16LE(1, 22);
  b.writeUInt32LE(8000, 24);
  b.writeUInt32LE(8000, 28);
  b.writeUInt16LE(1, 32);
  b.writeUInt16LE(8, 34);
  b.write("data", 36);
  b.writeUInt32LE(samples, 40);
  b.fill(128, 44);
  return b;
}
const VTT = "WEBVTT\n\n00:00.000 --> 00:00.100\nOkay. So where is it?\n";

beforeAll(async () => {
  // Relative URLs, as an export packages them.
  assets = {
    [IMAGE_ASSET]: `..${harness.server.asset("parcel.png", PNG)}`,
    [AUDIO_ASSET]: `..${harness.server.asset("maya.wav", silentWav())}`,
    [CAPTIONS_ASSET]: `..${harness.server.asset("maya.vtt", VTT)}`,
  };
});

const next: PlayStep = { t: "continue" };
/** Visits every kind of view: reflection, scene with media, decision, timed decision, feedback, ending. */
const TOUR: PlayStep[] = [
  { t: "reflect", value: 3 },
  next,
  { t: "choose", optionId: "o1a" },
  next,
  next,
  { t: "choose", optionId: "o2a" },
  next,
  { t: "reflect", value: 4 },
  { t: "reflect", value: "Name the delay." },
];

async function overflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

describe("accessibility", () => {
  for (const width of [1024, 320]) {
    it(`axe finds no violation on any view at ${width} px, and nothing scrolls sideways`, async () => {
      const { page } = await openBootPage(harness.browser, harness.server, lateDelivery(), {
        config: { assets },
        context: { viewport: { width, height: 800 } },
      });
      const checked: string[] = [];
      for (let i = 0; i <= TOUR.length; i++) {
        const view = await viewOf(page);
        checked.push(view.kind);
        const violations = await axeViolations(page);
        expect(violations, `${view.kind} ${view.nodeId}`).toEqual([]);
        expect(await overflow(page), `${view.kind} ${view.nodeId}`).toBeLessThanOrEqual(0);
        if (i < TOUR.length) await playByKeyboard(page, [TOUR[i]!]);
      }
      expect(new Set(checked)).toEqual(
        new Set(["reflection", "scene", "decision", "feedback", "ending"]),
      );
      await page.context().close();
    });
  }

  it("gives media alt text, captions and a transcript disclosure", async () => {
    const { page } = await openBootPage(harness.browser, harness.server, lateDelivery(), {
      config: { assets },
    });
    await playByKeyboard(page, TOUR.slice(0, 4));
    const media = await page.evaluate(() => {
      const img = document.querySelector(".fl-media--image img") as HTMLImageElement;
      const audio = document.querySelector(".fl-media--audio audio") as HTMLAudioElement;
      const track = audio.querySelector("track") as HTMLTrackElement;
      return {
        alt: img.alt,
        imgLoaded: img.complete && img.naturalWidth === 1,
        controls: audio.controls,
        track: {
          kind: track.kind,
          srclang: track.srclang,
          src: track.src,
          isDefault: track.default,
        },
        caption: audio.closest("figure")!.querySelector("figcaption")!.textContent,
        summary: audio.closest("figure")!.querySelector("details summary")!.textContent,
      };
    });
    expect(media).toMatchObject({
      alt: "A parcel tracking page stuck on 'in transit'",
      imgLoaded: true,
      controls: true,
      track: { kind: "captions", srclang: "en", isDefault: true },
      caption: "Maya's voice message",
      summary: "Transcript",
    });
    expect(media.track.src).toMatch(/\/assets\/maya\.vtt$/);
    expect(await page.locator(".fl-line--customer .fl-avatar").first().getAttribute("alt")).toBe(
      "",
    );
    expect(await page.locator(".fl-about summary").textContent()).toBe("About Maya Okafor");
    // The transcript opens from the keyboard.
    await page.locator(".fl-media--audio summary").focus();
    await page.keyboard.press("Enter");
    expect(await page.locator(".fl-media--audio details").getAttribute("open")).toBe("");
    await page.context().close();
  });

  it("shows a visible focus indicator on the learner's controls", async () => {
    const { page } = await openBootPage(harness.browser, harness.server, lateDelivery());
    await playByKeyboard(page, TOUR.slice(0, 2));
    await page.keyboard.press("Tab");
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return {
        tag: document.activeElement!.tagName,
        width: style.outlineWidth,
        style: style.outlineStyle,
      };
    });
    expect(outline).toEqual({ tag: "BUTTON", width: "3px", style: "solid" });
    await page.context().close();
  });
});
