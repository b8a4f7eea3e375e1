import {
  type FormEvent,
  type KeyboardEvent,
  type Ref,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { DIFFICULTIES, type Difficulty, type RunState } from "../../core";
import type { HighlightRoute } from "../preview/preview-contract";
import { CoverageReportView } from "./coverage-report";
import { MAX_BUDGET, type PathsListing } from "./explorer-protocol";
import { formatCount } from "./format-count";
import { PathCompare } from "./path-compare";
import { PathList } from "./path-list";
import { PathsSummaryView } from "./paths-summary";
import type { ScenarioReplica } from "./scenario-replica";
import { usePathExploration } from "./use-path-exploration";
import "./path-explorer.css";

interface PathExplorerPanelProps {
  replica: ScenarioReplica;
  nodeName: (nodeId: string) => string;
  onFocus: (nodeId: string, optionId?: string) => void;
  /** The explorer's paths to draw on the canvas: one shown, or A and B compared. */
  onPaths: (paths: readonly HighlightRoute[]) => void;
  onFit: (nodeIds: readonly string[]) => void;
  onPlay: (run: RunState) => void;
  onClose: () => void;
  panelRef: Ref<HTMLElement>;
}

interface Picks {
  of: PathsListing | null;
  /** The path drawn on its own. */
  shown: number | null;
  /** Up to two paths compared (A, then B). */
  compare: readonly number[];
}
const NO_PICKS: Picks = { of: null, shown: null, compare: [] };

function parseBudget(text: string): number | null {
  const value = Number(text.trim().replace(/[,\s_]/g, ""));
  return Number.isInteger(value) && value >= 1 && value <= MAX_BUDGET ? value : null;
}

/**
 * The path explorer: the exact number of paths and the score ranges, concrete
 * paths within a budget (click one to draw it on the canvas, pick two to
 * compare), and coverage. The analyses run in the scenario worker; results
 * arrive part by part and say when the document has changed since.
 */
export function PathExplorerPanel({
  replica,
  nodeName,
  onFocus,
  onPaths,
  onFit,
  onPlay,
  onClose,
  panelRef,
}: PathExplorerPanelProps) {
  const base = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { exploration, explore } = usePathExploration(replica);
  const { summary, listing, coverage, running, stale, error, timings } = exploration;
  const [budgetText, setBudgetText] = useState(String(exploration.settings.budget));
  const [budgetError, setBudgetError] = useState<string | null>(null);
  const [difficulty, setDifficulty] = useState<Difficulty | null>(null);
  const [picks, setPicks] = useState<Picks>(NO_PICKS);
  // Picks belong to one listing: a new listing renumbers the paths, so they start empty.
  const { shown, compare } = picks.of === listing ? picks : NO_PICKS;
  const pick = (change: (p: Picks) => Omit<Picks, "of">) =>
    setPicks((p) => ({ ...change(p.of === listing ? p : NO_PICKS), of: listing }));

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const paths = listing?.paths ?? [];
  const drawn = useMemo(() => {
    const all = listing?.paths ?? [];
    if (compare.length === 2) return compare.flatMap((i) => (all[i] ? [all[i]] : []));
    return shown !== null && all[shown] ? [all[shown]] : [];
  }, [listing, shown, compare]);
  // A layout effect, so the canvas draws (or clears) a path in the same frame as the
  // button shows it pressed (or not): from a passive effect the highlight lagged the
  // click by a frame or more, and a second click looked as if it had not taken it off.
  useLayoutEffect(() => {
    onPaths(drawn.map((p) => ({ nodeIds: p.nodeIds, edgeIds: p.edgeIds })));
  }, [drawn, onPaths]);
  useEffect(() => {
    if (drawn.length > 0) onFit(drawn.flatMap((p) => p.nodeIds));
  }, [drawn, onFit]);

  useEffect(() => () => onPaths([]), [onPaths]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const budget = parseBudget(budgetText);
    if (budget === null) {
      setBudgetError(`Enter a whole number from 1 to ${formatCount(BigInt(MAX_BUDGET))}`);
      return;
    }
    setBudgetError(null);
    explore({ budget, difficulty });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };

  const status = error
    ? `The analysis failed: ${error}`
    : running
      ? "Exploring the paths…"
      : stale
        ? "The scenario has changed since this analysis: explore again to update it."
        : summary
          ? `Explored in ${Math.round((timings.summary ?? 0) + (timings.paths ?? 0) + (timings.coverage ?? 0))} ms.`
          : "";

  const picked = (i: number) => ({ index: i, path: paths[i]! });

  return (
    <section
      ref={panelRef}
      className="tool-panel explorer-panel nokey"
      aria-labelledby={`${base}-title`}
      onKeyDown={onKeyDown}
    >
      <header className="tool-panel__header">
        <h2 id={`${base}-title`} ref={heading} tabIndex={-1}>
          Paths
        </h2>
        <form className="explorer-controls" onSubmit={submit} noValidate>
          <label htmlFor={`${base}-budget`}>Budget</label>
          <input
            id={`${base}-budget`}
            inputMode="numeric"
            size={8}
            value={budgetText}
            aria-invalid={budgetError ? true : undefined}
            aria-describedby={`${base}-budget-hint${budgetError ? ` ${base}-budget-error` : ""}`}
            onChange={(e) => setBudgetText(e.target.value)}
          />
          <span id={`${base}-budget-hint`} className="visually-hidden">
            Search states to explore before stopping
          </span>
          <label htmlFor={`${base}-level`}>Level</label>
          <select
            id={`${base}-level`}
            value={difficulty ?? ""}
            onChange={(e) => setDifficulty((e.target.value || null) as Difficulty | null)}
          >
            <option value="">The scenario's own</option>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
          <button type="submit" className="button">
            {stale ? "Explore again" : "Explore"}
          </button>
          {budgetError && (
            <span id={`${base}-budget-error`} className="error-text">
              {budgetError}
            </span>
          )}
        </form>
        <span className={`muted tool-panel__summary ${stale ? "is-stale" : ""}`} role="status">
          {status}
        </span>
        <button
          type="button"
          className="icon-button"
          aria-label="Close paths"
          aria-keyshortcuts="Escape"
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <div className="tool-panel__body explorer-panel__body">
        {summary ? (
          <PathsSummaryView summary={summary} nodeName={nodeName} onFocusNode={onFocus} />
        ) : (
          running && <p className="muted">Counting the paths…</p>
        )}
        <div className="explorer-panel__columns">
          <section aria-labelledby={`${base}-list`}>
            <h3 id={`${base}-list`}>Paths found</h3>
            {listing ? (
              <PathList
                listing={listing}
                summary={summary}
                shown={shown}
                compare={compare}
                onShow={(i) => pick((p) => ({ shown: p.shown === i ? null : i, compare: [] }))}
                onToggleCompare={(i) =>
                  pick((p) => ({
                    shown: p.shown,
                    compare: p.compare.includes(i)
                      ? p.compare.filter((x) => x !== i)
                      : [...p.compare, i].slice(-2),
                  }))
                }
              />
            ) : (
              <p className="muted">{running ? "Listing the paths…" : "Not explored yet."}</p>
            )}
          </section>
          <section aria-labelledby={`${base}-compare`}>
            <h3 id={`${base}-compare`}>Compare</h3>
            {compare.length === 2 && paths[compare[0]!] && paths[compare[1]!] ? (
              <PathCompare
                a={picked(compare[0]!)}
                b={picked(compare[1]!)}
                difficulty={exploration.settings.difficulty}
                replica={replica}
                summary={summary}
                nodeName={nodeName}
                onFocusNode={onFocus}
                onPlay={onPlay}
              />
            ) : (
              <p className="muted">
                Tick “Compare” on two paths to see their choices, mood and scores side by side.
              </p>
            )}
          </section>
        </div>
        <section aria-labelledby={`${base}-coverage`}>
          <h3 id={`${base}-coverage`}>Coverage</h3>
          {coverage ? (
            <CoverageReportView coverage={coverage} nodeName={nodeName} onFocus={onFocus} />
          ) : (
            <p className="muted">
              {running ? "Checking what plays can reach…" : "Not explored yet."}
            </p>
          )}
        </section>
      </div>
    </section>
  );
}
