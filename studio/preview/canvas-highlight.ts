import type { CanvasHighlight } from "./preview-contract";

/**
 * Canvas highlights as a style sheet keyed by node and edge id. React Flow
 * puts `data-id` on every node and edge wrapper, so a highlight needs no
 * change to the canvas's node objects: highlighting a 500-node path re-renders
 * nothing, and nodes scrolled into view later (the canvas only draws visible
 * ones) pick the style up by themselves. Ids are limited to a CSS-safe
 * alphabet by the schema; they are escaped anyway.
 */

type NodeMark = "trail" | "current" | "a" | "b";
type EdgeMark = "trail" | "a" | "b";

export const HIGHLIGHT_COLORS = {
  trail: "#0f766e",
  a: "#6d28d9",
  b: "#b45309",
  both: "#1d232b",
} as const;

const escapeId = (id: string) => id.replace(/["\\]/g, "\\$&");

/**
 * Lengths grow as the canvas zooms out (see highlightScaleCss), so a
 * highlight stays visible on a zoomed-out overview of a large graph.
 */
const px = (n: number) => `calc(${n}px * var(--tools-hl, 1))`;

function add<M>(marks: Map<string, Set<M>>, ids: Iterable<string>, mark: M): void {
  for (const id of ids) {
    let set = marks.get(id);
    if (!set) {
      set = new Set();
      marks.set(id, set);
    }
    set.add(mark);
  }
}

/** Ids grouped by their exact set of marks, so each combination is one rule. */
function groupByMarks<M extends string>(marks: Map<string, Set<M>>, order: readonly M[]) {
  const groups = new Map<string, { marks: Set<M>; ids: string[] }>();
  for (const [id, set] of marks) {
    const key = order.filter((m) => set.has(m)).join("+");
    let group = groups.get(key);
    if (!group) {
      group = { marks: set, ids: [] };
      groups.set(key, group);
    }
    group.ids.push(id);
  }
  return [...groups.values()];
}

function badgeOf(marks: Set<NodeMark>): { text: string; color: string } | null {
  const parts: string[] = [];
  if (marks.has("current")) parts.push("Preview");
  if (marks.has("a")) parts.push("A");
  if (marks.has("b")) parts.push("B");
  if (parts.length === 0) return null;
  const color = marks.has("current")
    ? HIGHLIGHT_COLORS.trail
    : marks.has("a") && marks.has("b")
      ? HIGHLIGHT_COLORS.both
      : marks.has("a")
        ? HIGHLIGHT_COLORS.a
        : HIGHLIGHT_COLORS.b;
  return { text: parts.join(" · "), color };
}

/** One rule: a selector list and its declarations. */
function block(selectors: readonly string[], declarations: readonly string[]): string {
  return `${selectors.join(",\n")} {\n  ${declarations.join("\n  ")}\n}`;
}

function nodeRules(scope: string, ids: readonly string[], marks: Set<NodeMark>): string {
  const wrappers = ids.map((id) => `${scope} .react-flow__node[data-id="${escapeId(id)}"]`);
  const rules: string[] = [];
  const rings: [spread: number, color: string][] = marks.has("current")
    ? [
        [4, HIGHLIGHT_COLORS.trail],
        [9, "rgb(15 118 110 / 28%)"],
      ]
    : marks.has("trail")
      ? [[3, HIGHLIGHT_COLORS.trail]]
      : [];
  const shadow = (grow: number) =>
    rings.map(([spread, color]) => `0 0 0 ${px(spread + grow)} ${color}`).join(", ");
  const frame: string[] = [];
  if (rings.length > 0) frame.push(`box-shadow: ${shadow(0)}, var(--shadow-1);`);
  if (marks.has("a"))
    frame.push(`outline: ${px(3)} solid ${HIGHLIGHT_COLORS.a};`, `outline-offset: ${px(6)};`);
  if (frame.length > 0)
    rules.push(
      block(
        wrappers.map((w) => `${w} .fl-node`),
        frame,
      ),
    );
  if (rings.length > 0)
    // The selection ring stays visible inside the highlight.
    rules.push(
      block(
        wrappers.map((w) => `${w} .fl-node.is-selected`),
        [`box-shadow: 0 0 0 2px var(--accent), ${shadow(3)}, var(--shadow-2);`],
      ),
    );
  if (marks.has("b"))
    rules.push(
      block(
        wrappers.map((w) => `${w}::after`),
        [
          'content: "";',
          "position: absolute;",
          `inset: ${px(marks.has("a") ? -14 : -8)};`,
          `border: ${px(3)} dashed ${HIGHLIGHT_COLORS.b};`,
          `border-radius: ${px(14)};`,
          "pointer-events: none;",
        ],
      ),
    );
  const badge = badgeOf(marks);
  if (badge)
    rules.push(
      block(
        wrappers.map((w) => `${w}::before`),
        [
          `content: "${badge.text}";`,
          "position: absolute;",
          "left: 0;",
          `bottom: calc(100% + ${px(8)});`,
          `padding: ${px(1)} ${px(7)};`,
          `border-radius: ${px(4)};`,
          `background: ${badge.color};`,
          "color: #fff;",
          `font: 600 ${px(11)}/1.5 var(--font);`,
          "white-space: nowrap;",
          "pointer-events: none;",
          "z-index: 1;",
        ],
      ),
    );
  return rules.join("\n");
}

function edgeRules(scope: string, ids: readonly string[], marks: Set<EdgeMark>): string {
  const paths = ids.map(
    (id) => `${scope} .react-flow__edge[data-id="${escapeId(id)}"] .react-flow__edge-path`,
  );
  const color = marks.has("trail")
    ? HIGHLIGHT_COLORS.trail
    : marks.has("a") && marks.has("b")
      ? HIGHLIGHT_COLORS.both
      : marks.has("a")
        ? HIGHLIGHT_COLORS.a
        : HIGHLIGHT_COLORS.b;
  // Dashes tell path B apart without relying on colour.
  const dashed = !marks.has("trail") && marks.has("b") && !marks.has("a");
  return block(paths, [
    `stroke: ${color};`,
    `stroke-width: ${px(3.5)};`,
    `stroke-dasharray: ${dashed ? `${px(8)} ${px(5)}` : "none"};`,
  ]);
}

/** The zoom-dependent part: highlight lengths scale by 1/zoom when zoomed out, up to four times. */
export function highlightScaleCss(zoom: number, scope = ".canvas"): string {
  const k = Math.min(4, Math.max(1, 1 / Math.max(zoom, 0.01)));
  return `${scope} {\n  --tools-hl: ${Math.round(k * 4) / 4};\n}`;
}

/** The style sheet text for a highlight, scoped to the canvas element matched by `scope`. */
export function highlightCss(highlight: CanvasHighlight, scope = ".canvas"): string {
  const nodes = new Map<string, Set<NodeMark>>();
  const edges = new Map<string, Set<EdgeMark>>();
  const { trail, paths = [] } = highlight;
  if (trail) {
    add(nodes, trail.nodeIds, "trail");
    add(edges, trail.edgeIds, "trail");
    if (trail.currentNodeId) add(nodes, [trail.currentNodeId], "current");
  }
  const names = ["a", "b"] as const;
  paths.slice(0, 2).forEach((path, i) => {
    add(nodes, path.nodeIds, names[i]!);
    add(edges, path.edgeIds, names[i]!);
  });
  const rules: string[] = [];
  for (const g of groupByMarks(nodes, ["trail", "current", "a", "b"]))
    rules.push(nodeRules(scope, g.ids, g.marks));
  for (const g of groupByMarks(edges, ["trail", "a", "b"]))
    rules.push(edgeRules(scope, g.ids, g.marks));
  return rules.join("\n");
}
