import { describe, expect, it } from "vitest";
import { boundsOf, openingViewport, openingViewportFor, READABLE_ZOOM } from "./opening-viewport";

const box = (x: number, y: number, width = 200, height = 80) => ({ x, y, width, height });

describe("openingViewport", () => {
  it("shows a scenario whole when it fits at a readable zoom", () => {
    const view = openingViewport({
      bounds: box(0, 0, 1200, 500),
      start: box(0, 200),
      width: 1000,
      height: 800,
    });
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(view.zoom).toBeLessThanOrEqual(1);
    // The whole box is on screen.
    expect(view.x).toBeGreaterThanOrEqual(0);
    expect(view.x + 1200 * view.zoom).toBeLessThanOrEqual(1000);
  });

  it("never zooms in past full size for a tiny scenario", () => {
    expect(
      openingViewport({ bounds: box(0, 0, 300, 100), start: box(0, 0), width: 1000, height: 800 })
        .zoom,
    ).toBe(1);
  });

  it("opens a long story at a readable zoom on its start, with its whole height in view", () => {
    const view = openingViewport({
      bounds: box(-100, -300, 7000, 600),
      start: box(-100, 0),
      width: 1000,
      height: 800,
    });
    expect(view.zoom).toBe(READABLE_ZOOM);
    // The start sits near the left edge...
    const startLeft = -100 * view.zoom + view.x;
    expect(startLeft).toBeGreaterThan(0);
    expect(startLeft).toBeLessThan(150);
    // ...and the graph's top and bottom are on screen.
    expect(-300 * view.zoom + view.y).toBeGreaterThanOrEqual(0);
    expect(300 * view.zoom + view.y).toBeLessThanOrEqual(800);
  });

  it("centres on the start when the story is too tall to show whole", () => {
    const view = openingViewport({
      bounds: box(0, -5000, 7000, 10_000),
      start: box(0, 2000),
      width: 1000,
      height: 800,
    });
    expect(view.zoom).toBe(READABLE_ZOOM);
    const startMiddle = (2000 + 40) * view.zoom + view.y;
    expect(Math.abs(startMiddle - 400)).toBeLessThan(2);
  });
});

describe("openingViewportFor", () => {
  const frame = { bounds: box(-500, -200, 4000, 3000), start: box(300, 100, 264, 120) };

  it("opens a large scenario at full size on its start, near the left and halfway down", () => {
    const view = openingViewportFor({ ...frame, whole: false }, 1000, 800);
    expect(view.zoom).toBe(1);
    expect(300 + view.x).toBe(120);
    expect(100 + 60 + view.y).toBe(400);
  });

  it("frames a small scenario as openingViewport does", () => {
    expect(openingViewportFor({ ...frame, whole: true }, 1000, 800)).toEqual(
      openingViewport({ bounds: frame.bounds, start: frame.start, width: 1000, height: 800 }),
    );
  });
});

describe("boundsOf", () => {
  it("is the box around the boxes, and an empty box for none", () => {
    expect(boundsOf([box(10, 20, 100, 50), box(-30, 40, 20, 80)])).toEqual(box(-30, 20, 140, 100));
    expect(boundsOf([])).toEqual(box(0, 0, 0, 0));
  });
});
