import { memo, type ReactNode, useId, useState } from "react";
import type { CoverageReport, OptionAt } from "./explorer-protocol";
import { formatCount } from "./format-count";

interface CoverageReportViewProps {
  coverage: CoverageReport;
  nodeName: (nodeId: string) => string;
  onFocus: (nodeId: string, optionId?: string) => void;
}

const SHOWN = 25;

function Finding<T>({
  title,
  explain,
  items,
  render,
}: {
  title: string;
  explain: string;
  items: readonly T[];
  render: (item: T) => ReactNode;
}) {
  const id = useId();
  const [all, setAll] = useState(false);
  if (items.length === 0) return null;
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <section className="coverage-finding" aria-labelledby={id}>
      <h4 id={id}>
        {title} ({items.length})
      </h4>
      <p className="muted">{explain}</p>
      <ul className="coverage-finding__list">{shown.map(render)}</ul>
      {items.length > SHOWN && (
        <button type="button" className="tools-link" onClick={() => setAll((v) => !v)}>
          {all ? "Show fewer" : `Show all ${items.length}`}
        </button>
      )}
    </section>
  );
}

/**
 * What no play can reach once conditions and levels are honoured, options
 * never offered, weak choices after which no success ending can be reached,
 * and nodes where a learner gets stuck. Each item takes you to its node.
 */
export const CoverageReportView = memo(function CoverageReportView({
  coverage,
  nodeName,
  onFocus,
}: CoverageReportViewProps) {
  const nodeItem = (id: string) => (
    <li key={id}>
      <button type="button" className="tools-chip" onClick={() => onFocus(id)}>
        {nodeName(id)}
      </button>
    </li>
  );
  const optionItem = (o: OptionAt) => (
    <li key={`${o.nodeId}/${o.optionId}`}>
      <button type="button" className="tools-chip" onClick={() => onFocus(o.nodeId, o.optionId)}>
        “{o.text}” <span className="muted">on {nodeName(o.nodeId)}</span>
      </button>
    </li>
  );
  const clean =
    coverage.unreachedNodeIds.length === 0 &&
    coverage.unreachedOptions.length === 0 &&
    coverage.weakWithoutSuccessRoute.length === 0 &&
    coverage.stuckNodeIds.length === 0;
  return (
    <div className="coverage-report">
      {!coverage.complete && (
        <p className="coverage-report__partial">
          The search stopped after {formatCount(BigInt(coverage.statesVisited))} states, before
          reaching every one: items listed as unreached may still be reachable, and weak choices are
          listed only where no way back was proven.
        </p>
      )}
      {clean && coverage.complete && (
        <p className="coverage-report__clean">
          Every node and option can be reached, and every weak choice leaves a way back to a success
          ending.
        </p>
      )}
      <Finding
        title="Nodes no play reaches"
        explain="Given the conditions and levels, no learner ever gets here."
        items={coverage.unreachedNodeIds}
        render={nodeItem}
      />
      <Finding
        title="Options never offered"
        explain="Hidden by their show-condition or level wherever their decision is reached, or on an unreached decision."
        items={coverage.unreachedOptions}
        render={optionItem}
      />
      <Finding
        title="Weak choices with no way back"
        explain="After this choice no success ending can be reached: there is no route to recovery."
        items={coverage.weakWithoutSuccessRoute}
        render={optionItem}
      />
      <Finding
        title="Nodes where a learner gets stuck"
        explain="Some play reaches this node with no way on (no visible option, or a port leading nowhere)."
        items={coverage.stuckNodeIds}
        render={nodeItem}
      />
    </div>
  );
});
