import { memo, useId, useState } from "react";
import type { PathsSummary } from "./explorer-protocol";
import { approximateCount, formatCount } from "./format-count";

interface PathsSummaryViewProps {
  summary: PathsSummary;
  nodeName: (nodeId: string) => string;
  onFocusNode: (nodeId: string) => void;
}

const CYCLE_NODES_SHOWN = 12;

function bound(value: number | null, lower: boolean): string {
  if (value !== null) return String(value);
  return lower ? "no lower bound" : "no upper bound";
}

/** The exact number of paths, the loops that make it a lower bound, and the score range per dimension. */
export const PathsSummaryView = memo(function PathsSummaryView({
  summary,
  nodeName,
  onFocusNode,
}: PathsSummaryViewProps) {
  const countId = useId();
  const rangesId = useId();
  const [allCycleNodes, setAllCycleNodes] = useState(false);
  const approx = approximateCount(summary.count);
  const cycleNodes = allCycleNodes
    ? summary.cycleNodeIds
    : summary.cycleNodeIds.slice(0, CYCLE_NODES_SHOWN);
  return (
    <div className="paths-summary">
      <section className="paths-summary__count" aria-labelledby={countId}>
        <h3 id={countId}>Distinct paths</h3>
        <p className="paths-summary__number" data-testid="path-count">
          {formatCount(summary.count)}
        </p>
        <p className="muted">
          {summary.count === 0n
            ? "No path leads from the start to an ending."
            : `from the start to an ending${approx ? ` (${approx})` : ""}.`}
        </p>
        {summary.cyclic && (
          <div className="paths-summary__cycles">
            <p>
              <strong>Contains cycles.</strong> Walks round a loop are endless, so the count takes
              each route once without its loop-back edge. Nodes on loops (
              {summary.cycleNodeIds.length}):
            </p>
            <ul className="tools-chips">
              {cycleNodes.map((id) => (
                <li key={id}>
                  <button type="button" className="tools-chip" onClick={() => onFocusNode(id)}>
                    {nodeName(id)}
                  </button>
                </li>
              ))}
            </ul>
            {summary.cycleNodeIds.length > CYCLE_NODES_SHOWN && (
              <button
                type="button"
                className="tools-link"
                onClick={() => setAllCycleNodes((v) => !v)}
              >
                {allCycleNodes ? "Show fewer" : `Show all ${summary.cycleNodeIds.length}`}
              </button>
            )}
          </div>
        )}
      </section>
      <section className="paths-summary__ranges" aria-labelledby={rangesId}>
        <h3 id={rangesId}>Score range per dimension</h3>
        {summary.dimensions.length === 0 ? (
          <p className="muted">The rubric has no dimensions.</p>
        ) : (
          <table className="tools-table">
            <thead>
              <tr>
                <th scope="col">Dimension</th>
                <th scope="col">Lowest</th>
                <th scope="col">Highest</th>
                <th scope="col">Full marks</th>
              </tr>
            </thead>
            <tbody>
              {summary.dimensions.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.label}</th>
                  <td>{bound(d.min, true)}</td>
                  <td>{bound(d.max, false)}</td>
                  <td>{d.maxPoints}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="muted">Over every route the edges allow, whatever the conditions.</p>
      </section>
    </div>
  );
});
