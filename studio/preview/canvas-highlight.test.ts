import { describe, expect, it } from "vitest";
import { HIGHLIGHT_COLORS, highlightCss, highlightScaleCss } from "./canvas-highlight";

/** The rule blocks of a style sheet text, as selector list and body. */
function rules(css: string): { selectors: string[]; body: string }[] {
  return [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].map((m) => ({
    selectors: m[1]!.split(",").map((s) => s.trim()),
    body: m[2]!,
  }));
}

const ruleFor = (css: string, selector: string) =>
  rules(css).filter((r) => r.selectors.includes(selector));

const node = (id: string) => `.canvas .react-flow__node[data-id="${id}"]`;
const edge = (id: string) => `.canvas .react-flow__edge[data-id="${id}"] .react-flow__edge-path`;

describe("highlightCss", () => {
  it("draws nothing for an empty highlight", () => {
    expect(highlightCss({})).toBe("");
    expect(
      highlightCss({ trail: { nodeIds: [], edgeIds: [], currentNodeId: null }, paths: [] }),
    ).toBe("");
  });

  it("rings the preview's path so far, marks the node on screen with a badge, and colours the edges taken", () => {
    const css = highlightCss({
      trail: { nodeIds: ["a", "b", "c"], edgeIds: ["e1", "e2"], currentNodeId: "c" },
    });
    const trailFrame = ruleFor(css, `${node("a")} .fl-node`);
    expect(trailFrame).toHaveLength(1);
    expect(trailFrame[0]!.selectors).toContain(`${node("b")} .fl-node`);
    expect(trailFrame[0]!.selectors).not.toContain(`${node("c")} .fl-node`);
    expect(trailFrame[0]!.body).toContain(HIGHLIGHT_COLORS.trail);
    const currentBadge = ruleFor(css, `${node("c")}::before`);
    expect(currentBadge[0]!.body).toContain('content: "Preview"');
    expect(ruleFor(css, `${node("a")}::before`)).toEqual([]);
    const edges = ruleFor(css, edge("e1"));
    expect(edges[0]!.selectors).toContain(edge("e2"));
    expect(edges[0]!.body).toContain(`stroke: ${HIGHLIGHT_COLORS.trail}`);
  });

  it("keeps the canvas selection ring visible inside a highlight", () => {
    const css = highlightCss({ trail: { nodeIds: ["a"], edgeIds: [], currentNodeId: null } });
    const selected = ruleFor(css, `${node("a")} .fl-node.is-selected`);
    expect(selected[0]!.body).toContain("0 0 0 2px var(--accent)");
  });

  it("tells compared paths apart by badge and line style, not colour alone", () => {
    const css = highlightCss({
      paths: [
        { nodeIds: ["s", "x"], edgeIds: ["sx"] },
        { nodeIds: ["s", "y"], edgeIds: ["sy"] },
      ],
    });
    expect(ruleFor(css, `${node("s")}::before`)[0]!.body).toContain('content: "A · B"');
    expect(ruleFor(css, `${node("x")}::before`)[0]!.body).toContain('content: "A"');
    expect(ruleFor(css, `${node("y")}::before`)[0]!.body).toContain('content: "B"');
    expect(ruleFor(css, `${node("y")}::after`)[0]!.body).toContain("dashed");
    expect(ruleFor(css, edge("sx"))[0]!.body).toContain("stroke-dasharray: none");
    expect(ruleFor(css, edge("sy"))[0]!.body).toMatch(/stroke-dasharray: calc\(8px.*\) calc\(5px/);
  });

  it("escapes quotes so an id can never break out of its selector", () => {
    const css = highlightCss({ paths: [{ nodeIds: ['a"]{}b'], edgeIds: [] }] });
    expect(css).toContain('[data-id="a\\"]{}b"]');
  });
});

describe("highlightScaleCss", () => {
  it("thickens highlights as the canvas zooms out, within 1 to 4 times", () => {
    expect(highlightScaleCss(1)).toContain("--tools-hl: 1;");
    expect(highlightScaleCss(2)).toContain("--tools-hl: 1;");
    expect(highlightScaleCss(0.4)).toContain("--tools-hl: 2.5;");
    expect(highlightScaleCss(0.05)).toContain("--tools-hl: 4;");
  });
});
