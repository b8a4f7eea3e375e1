import { memo, useEffect, useState } from "react";
import type { Difficulty, RunState } from "../../core";
import type {
  ListedPath,
  PathDescription,
  PathsSummary,
  StepDescription,
} from "./explorer-protocol";
import { OutcomeBadge } from "./path-list";
import type { ScenarioReplica } from "./scenario-replica";

export interface PickedPath {
  index: number;
  path: ListedPath;
}

interface PathCompareProps {
  a: PickedPath;
  b: PickedPath;
  difficulty: Difficulty | null;
  replica: ScenarioReplica;
  summary: PathsSummary | null;
  nodeName: (nodeId: string) => string;
  onFocusNode: (nodeId: string) => void;
  onPlay: (run: RunState) => void;
}

type Loaded =
  | { kind: "loading" }
  | { kind: "failed"; error: string }
  | { kind: "ready"; a: PathDescription; b: PathDescription };

const QUALITY_TEXT = { strong: "strong", mixed: "mixed", weak: "weak" } as const;

const sameStep = (x: StepDescription | undefined, y: StepDescription | undefined) =>
  !!x && !!y && x.nodeId === y.nodeId && x.choice?.optionId === y.choice?.optionId;

function StepCell({
  step,
  nodeName,
  onFocusNode,
}: {
  step: StepDescription | undefined;
  nodeName: (nodeId: string) => string;
  onFocusNode: (nodeId: string) => void;
}) {
  if (!step) return <td className="muted">—</td>;
  return (
    <td>
      <button type="button" className="tools-link" onClick={() => onFocusNode(step.nodeId)}>
        {nodeName(step.nodeId)}
      </button>
      {step.choice && (
        <span className={`compare-choice compare-choice--${step.choice.quality}`}>
          → {step.choice.text} <span className="muted">({QUALITY_TEXT[step.choice.quality]})</span>
        </span>
      )}
      {step.mood && (
        <span className="compare-mood">
          Mood: {step.mood.label} ({step.mood.value})
        </span>
      )}
    </td>
  );
}

/**
 * Two explored paths side by side, step by step, as the engine plays them:
 * the choice made at each decision, the customer's mood after each step, and
 * the outcome, scores and skills at the end. Rows the paths share are muted;
 * the first row where they part is marked.
 */
export const PathCompare = memo(function PathCompare({
  a,
  b,
  difficulty,
  replica,
  summary,
  nodeName,
  onFocusNode,
  onPlay,
}: PathCompareProps) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: "loading" });

  useEffect(() => {
    let live = true;
    setLoaded({ kind: "loading" });
    Promise.all([
      replica.describe(a.path.choices, difficulty),
      replica.describe(b.path.choices, difficulty),
    ]).then(
      ([da, db]) => live && setLoaded({ kind: "ready", a: da, b: db }),
      (err: Error) => live && setLoaded({ kind: "failed", error: err.message }),
    );
    return () => {
      live = false;
    };
  }, [replica, a.path, b.path, difficulty]);

  if (loaded.kind === "loading") return <p role="status">Playing both paths…</p>;
  if (loaded.kind === "failed")
    return (
      <p className="error-text" role="alert">
        These paths no longer play on the current scenario: {loaded.error}. Run the explorer again.
      </p>
    );

  const rows = Math.max(loaded.a.steps.length, loaded.b.steps.length);
  let parted = false;
  const dimensions = summary?.dimensions ?? [];
  const skills = (ids: readonly string[]) =>
    ids.length === 0 ? "none" : ids.map((id) => summary?.skills[id] ?? id).join(", ");
  return (
    <div className="path-compare">
      <table className="tools-table path-compare__table">
        <caption>
          Path {a.index + 1} (A) and path {b.index + 1} (B), step by step
        </caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Path A: {a.path.endingTitle}</th>
            <th scope="col">Path B: {b.path.endingTitle}</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, i) => {
            const x = loaded.a.steps[i];
            const y = loaded.b.steps[i];
            const same = sameStep(x, y);
            const parts = !same && !parted;
            if (parts) parted = true;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are step positions
              <tr key={i} className={same ? "is-same" : parts ? "is-parting" : undefined}>
                <th scope="row">
                  {i + 1}
                  {parts && <span className="path-compare__parting"> paths part</span>}
                </th>
                <StepCell step={x} nodeName={nodeName} onFocusNode={onFocusNode} />
                <StepCell step={y} nodeName={nodeName} onFocusNode={onFocusNode} />
              </tr>
            );
          })}
        </tbody>
        <tbody className="path-compare__totals">
          <tr>
            <th scope="row">Outcome</th>
            <td>
              <OutcomeBadge outcome={a.path.outcome} /> {a.path.endingTitle}
            </td>
            <td>
              <OutcomeBadge outcome={b.path.outcome} /> {b.path.endingTitle}
            </td>
          </tr>
          {dimensions.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.label}</th>
              <td>
                {loaded.a.scores[d.id] ?? 0} of {d.maxPoints}
              </td>
              <td>
                {loaded.b.scores[d.id] ?? 0} of {d.maxPoints}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">Skills practised</th>
            <td>{skills(a.path.skillsPractised)}</td>
            <td>{skills(b.path.skillsPractised)}</td>
          </tr>
          <tr>
            <th scope="row">Skills missed</th>
            <td>{skills(a.path.skillsMissed)}</td>
            <td>{skills(b.path.skillsMissed)}</td>
          </tr>
        </tbody>
      </table>
      <div className="path-compare__actions">
        <button type="button" className="button" onClick={() => onPlay(loaded.a.run)}>
          Open path A in the preview
        </button>
        <button type="button" className="button" onClick={() => onPlay(loaded.b.run)}>
          Open path B in the preview
        </button>
      </div>
    </div>
  );
});
