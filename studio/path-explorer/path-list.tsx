import { memo, useState } from "react";
import type { Outcome } from "../../core";
import type { ListedPath, PathsListing, PathsSummary } from "./explorer-protocol";
import { formatCount } from "./format-count";

interface PathListProps {
  listing: PathsListing;
  summary: PathsSummary | null;
  /** The path drawn on the canvas on its own, if any. */
  shown: number | null;
  /** Up to two paths picked for the comparison. */
  compare: readonly number[];
  onShow: (index: number) => void;
  onToggleCompare: (index: number) => void;
}

const PAGE = 50;

export const OUTCOME_TEXT: Record<Outcome, { icon: string; text: string }> = {
  success: { icon: "✓", text: "Success" },
  partial: { icon: "◐", text: "Partial" },
  failure: { icon: "✕", text: "Failure" },
};

export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  const o = OUTCOME_TEXT[outcome];
  return (
    <span className={`tools-outcome tools-outcome--${outcome}`}>
      <span aria-hidden="true">{o.icon}</span> {o.text}
    </span>
  );
}

export function scoresText(path: Pick<ListedPath, "scores">, summary: PathsSummary | null): string {
  const dims = summary?.dimensions ?? Object.keys(path.scores).map((id) => ({ id, label: id }));
  return dims.map((d) => `${d.label} ${path.scores[d.id] ?? 0}`).join(" · ");
}

const skillNames = (ids: readonly string[], summary: PathsSummary | null) =>
  ids.map((id) => summary?.skills[id] ?? id).join(", ");

function listingStatus(listing: PathsListing): string {
  const found = formatCount(BigInt(listing.found));
  if (listing.stoppedAtBudget)
    return `Stopped after ${found} paths: the budget of ${formatCount(BigInt(listing.budget))} search states ran out, so there are more paths than listed. Raise the budget to list more.`;
  return `All ${found} playable paths listed.`;
}

/** Concrete playthroughs from the explorer, a page at a time; each can be drawn on the canvas or compared. */
export const PathList = memo(function PathList({
  listing,
  summary,
  shown,
  compare,
  onShow,
  onToggleCompare,
}: PathListProps) {
  const [limit, setLimit] = useState(PAGE);
  const full = compare.length >= 2;
  return (
    <div className="path-list">
      <p className="path-list__status" data-testid="paths-status">
        {listingStatus(listing)}
      </p>
      {listing.found > listing.paths.length && (
        <p className="muted">
          The first {formatCount(BigInt(listing.paths.length))} are listed here.
        </p>
      )}
      {listing.cutAtDepth > 0 && (
        <p className="muted">
          {listing.cutAtDepth} routes were cut at the depth limit: loops that keep changing
          variables.
        </p>
      )}
      <p className="muted">
        Paths follow conditions and levels as the player does; the count above follows every edge.
      </p>
      <ol className="path-list__items">
        {listing.paths.slice(0, limit).map((path, i) => {
          const picked = compare.includes(i);
          const letter = picked && full ? (compare[0] === i ? "A" : "B") : null;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a listing never changes in place; a new run replaces it
            <li key={i} className={`path-row ${shown === i ? "is-shown" : ""}`}>
              <div className="path-row__head">
                <button
                  type="button"
                  className="path-row__show"
                  aria-pressed={shown === i}
                  onClick={() => onShow(i)}
                >
                  <span className="path-row__index">Path {i + 1}</span>
                  <OutcomeBadge outcome={path.outcome} />
                  <span className="path-row__ending">{path.endingTitle}</span>
                </button>
                <label className="path-row__compare">
                  <input
                    type="checkbox"
                    checked={picked}
                    disabled={full && !picked}
                    onChange={() => onToggleCompare(i)}
                  />
                  Compare<span className="visually-hidden"> path {i + 1}</span>
                  {letter && <span className="path-row__letter"> ({letter})</span>}
                </label>
              </div>
              <p className="path-row__detail">
                {scoresText(path, summary)} · {path.choices.length}{" "}
                {path.choices.length === 1 ? "choice" : "choices"}
              </p>
              {(path.skillsPractised.length > 0 || path.skillsMissed.length > 0) && (
                <p className="path-row__detail muted">
                  {path.skillsPractised.length > 0 &&
                    `Practised: ${skillNames(path.skillsPractised, summary)}. `}
                  {path.skillsMissed.length > 0 &&
                    `Missed: ${skillNames(path.skillsMissed, summary)}.`}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {listing.paths.length > limit && (
        <button
          type="button"
          className="button button--ghost"
          onClick={() => setLimit((l) => l + PAGE)}
        >
          Show {Math.min(PAGE, listing.paths.length - limit)} more of {listing.paths.length - limit}
        </button>
      )}
      {full && <p className="muted">Two paths picked: clear one to pick another.</p>}
    </div>
  );
});
