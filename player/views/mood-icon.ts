import type { MoodBand, MoodGauge, MoodIcon, MoodReading } from "../../core";
import { moodBandFor } from "../../core";
import { el } from "../dom/el";

const SVG = "http://www.w3.org/2000/svg";

/** Face features per mood, drawn over a circle in a 24-unit box: brows where they matter, then the mouth. */
const FEATURES: Record<MoodIcon, string> = {
  furious: "M6.5 7.5l4 2M17.5 7.5l-4 2M8 17.5q4-4.5 8 0",
  frustrated: "M7 8.5l3 1M17 8.5l-3 1M8 16.5q4-2.5 8 0",
  neutral: "M8 15.5h8",
  reassured: "M8 14.5q4 3 8 0",
  delighted: "M7 13.5q5 6 10 0z",
};

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const key in attrs) node.setAttribute(key, attrs[key]!);
  return node;
}

/** Decorative: the mood is always also written out in words next to it. */
export function moodIcon(band: MoodBand): SVGSVGElement {
  const icon = svg("svg", {
    viewBox: "0 0 24 24",
    width: "20",
    height: "20",
    class: "fl-mood-icon",
    "aria-hidden": "true",
    focusable: "false",
  });
  icon.append(
    svg("circle", { cx: "12", cy: "12", r: "10.5", fill: band.color, stroke: "currentColor" }),
    svg("circle", { cx: "9", cy: "10.5", r: "1.2", fill: "currentColor" }),
    svg("circle", { cx: "15", cy: "10.5", r: "1.2", fill: "currentColor" }),
    svg("path", {
      d: FEATURES[band.icon] ?? FEATURES.neutral,
      fill: band.icon === "delighted" ? "currentColor" : "none",
      stroke: "currentColor",
      "stroke-width": "1.6",
      "stroke-linecap": "round",
    }),
  );
  return icon;
}

/** Icon and word together, e.g. "[face] Frustrated". */
export function moodBadge(band: MoodBand): HTMLSpanElement {
  return el("span", { class: "fl-mood" }, moodIcon(band), band.label);
}

export function readingOf(gauge: MoodGauge | null, value: number | undefined): MoodReading | null {
  if (!gauge || value === undefined) return null;
  return { value, band: moodBandFor(gauge, value) };
}
