import { memo, useId, useMemo } from "react";
import type { RunState, Scenario, VariableValue } from "../../core";
import type { LocalTrackerEvent } from "../../player";

interface RunSidebarProps {
  scenario: Scenario;
  state: RunState | null;
  events: readonly LocalTrackerEvent[];
  error: string | null;
  nodeName: (nodeId: string) => string;
  onFocusNode: (nodeId: string) => void;
}

const SHOWN_EVENTS = 30;

function showValue(value: VariableValue | undefined): string {
  if (value === undefined) return "—";
  if (typeof value === "string") return value === "" ? "(empty)" : `“${value}”`;
  return String(value);
}

function describeEvent(event: LocalTrackerEvent): string {
  switch (event.type) {
    case "start":
      return "Session started";
    case "step":
      return `Shown: ${event.kind} ${event.nodeId} (${Math.round(event.progress * 100)}% along)`;
    case "choice":
      return event.choice.timedOut
        ? `Timed out at ${event.choice.nodeId}`
        : `Chose “${event.choice.optionText ?? ""}” (${event.choice.quality})`;
    case "reflection":
      return `Reflection answered: ${String(event.answer.value)}`;
    case "end":
      return `Ended: ${event.record.outcome}, ${event.record.success}`;
    case "suspend":
      return `Progress saved (${event.state.length} characters)`;
    case "terminate":
      return "Session closed";
  }
}

/**
 * What the run holds right now, beside the player: per-dimension scores,
 * every variable (changed ones marked), the path so far (each step takes you
 * to its node) and what the tracker recorded. Updated from the player's state
 * callback; the player's own live regions announce the conversation.
 */
export const RunSidebar = memo(function RunSidebar({
  scenario,
  state,
  events,
  error,
  nodeName,
  onFocusNode,
}: RunSidebarProps) {
  const scoresId = useId();
  const varsId = useId();
  const pathId = useId();
  // Each step keeps its position in the run's path: that position is its identity.
  const steps = (state?.path ?? []).flatMap((step, at) => (step.undone ? [] : [{ step, at }]));
  const undone = (state?.path.length ?? 0) - steps.length;
  const recent = events.map((event, at) => ({ event, at })).slice(-SHOWN_EVENTS);
  const options = useMemo(
    () =>
      new Map(
        scenario.nodes.flatMap((n) =>
          n.kind === "decision" ? n.options.map((o) => [o.id, o.text] as const) : [],
        ),
      ),
    [scenario],
  );
  return (
    <div className="run-sidebar">
      {error && (
        <p className="error-text run-sidebar__error" role="alert">
          The run stopped: {error}
        </p>
      )}
      <section aria-labelledby={scoresId}>
        <h3 id={scoresId}>Scores</h3>
        {scenario.rubric.dimensions.length === 0 ? (
          <p className="muted">This scenario has no rubric.</p>
        ) : (
          <dl className="run-sidebar__scores">
            {scenario.rubric.dimensions.map((d) => {
              const points = state?.scores[d.id] ?? 0;
              const ratio = Math.max(0, Math.min(1, points / d.maxPoints));
              return (
                <div key={d.id} className="run-score">
                  <dt>{d.label}</dt>
                  <dd>
                    {points} of {d.maxPoints}
                    <span className="run-score__bar" aria-hidden="true">
                      <span style={{ width: `${ratio * 100}%` }} />
                    </span>
                  </dd>
                </div>
              );
            })}
          </dl>
        )}
      </section>
      <section aria-labelledby={varsId}>
        <h3 id={varsId}>Variables</h3>
        {scenario.variables.length === 0 ? (
          <p className="muted">No variables.</p>
        ) : (
          <table className="run-sidebar__vars">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Value</th>
              </tr>
            </thead>
            <tbody>
              {scenario.variables.map((v) => {
                const value = state?.vars[v.name];
                const changed = value !== undefined && value !== v.initial;
                return (
                  <tr key={v.name} className={changed ? "is-changed" : undefined}>
                    <th scope="row">{v.name}</th>
                    <td data-variable={v.name}>
                      {showValue(value)}
                      {changed && (
                        <span className="run-sidebar__changed"> (was {showValue(v.initial)})</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby={pathId}>
        <h3 id={pathId}>Path so far</h3>
        <ol className="run-sidebar__path">
          {steps.map(({ step, at }, i) => {
            const current = i === steps.length - 1;
            const choice =
              step.optionId !== undefined
                ? options.get(step.optionId)
                : step.timedOut
                  ? "Timer ran out"
                  : undefined;
            return (
              <li key={at} aria-current={current ? "step" : undefined}>
                <button
                  type="button"
                  className="tools-link"
                  data-node-id={step.nodeId}
                  onClick={() => onFocusNode(step.nodeId)}
                >
                  {nodeName(step.nodeId)}
                </button>
                {choice && <span className="run-sidebar__choice">{choice}</span>}
              </li>
            );
          })}
        </ol>
        {undone > 0 && (
          <p className="muted">
            {undone} {undone === 1 ? "step was" : "steps were"} undone by trying again.
          </p>
        )}
      </section>
      <details className="run-sidebar__events">
        <summary>Recorded for the LMS ({events.length})</summary>
        <ol>
          {recent.map(({ event, at }) => (
            <li key={at}>{describeEvent(event)}</li>
          ))}
        </ol>
      </details>
    </div>
  );
});
