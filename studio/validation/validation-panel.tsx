import { memo, useId, useState } from "react";
import type { DiagnosticItem } from "./analysis-protocol";
import type { DiagnosticsState } from "./use-diagnostics";
import "./validation.css";

const PAGE = 100;
const SEVERITY_TEXT = { error: "Error", warning: "Warning", info: "Note" } as const;

interface ValidationPanelProps {
  diagnostics: DiagnosticsState;
  /** A short name for a node id (its label or kind), to say where a problem is. */
  describeNode: (nodeId: string) => string | null;
  onFocus: (diagnostic: DiagnosticItem) => void;
  onClose: () => void;
}

/** Core's analyze() findings on the live document; each one takes you to its node. */
export const ValidationPanel = memo(function ValidationPanel({
  diagnostics,
  describeNode,
  onFocus,
  onClose,
}: ValidationPanelProps) {
  const [limit, setLimit] = useState(PAGE);
  const titleId = useId();
  const { items, errors, warnings, ready, failure } = diagnostics;
  return (
    <section className="validation" aria-labelledby={titleId}>
      <header className="validation__header">
        <h2 id={titleId}>Problems</h2>
        <span className="muted" aria-live="polite">
          {ready
            ? `${errors} errors, ${warnings} warnings, ${items.length - errors - warnings} notes`
            : "Checking…"}
        </span>
        <button type="button" className="icon-button" aria-label="Close problems" onClick={onClose}>
          ×
        </button>
      </header>
      {failure && <p className="error-text">The check could not run: {failure}</p>}
      {ready && items.length === 0 && <p className="validation__clean">No problems found.</p>}
      <ul className="validation__list">
        {items.slice(0, limit).map((d) => {
          const where = d.nodeId ? describeNode(d.nodeId) : null;
          return (
            <li
              key={`${d.code}|${d.nodeId ?? ""}|${d.optionId ?? ""}|${d.edgeId ?? ""}|${d.message}`}
            >
              <button
                type="button"
                className={`diagnostic diagnostic--${d.severity}`}
                onClick={() => onFocus(d)}
                disabled={!d.nodeId}
              >
                <span className={`diagnostic__severity diagnostic__severity--${d.severity}`}>
                  {SEVERITY_TEXT[d.severity]}
                </span>
                <span className="diagnostic__message">{d.message}</span>
                {where && <span className="diagnostic__where">{where}</span>}
              </button>
            </li>
          );
        })}
      </ul>
      {items.length > limit && (
        <button
          type="button"
          className="button button--ghost"
          onClick={() => setLimit((l) => l + PAGE)}
        >
          Show {Math.min(PAGE, items.length - limit)} more of {items.length - limit}
        </button>
      )}
    </section>
  );
});
