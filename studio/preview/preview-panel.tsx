import {
  type KeyboardEvent,
  type Ref,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import type { RunState, Scenario } from "../../core";
import type { LocalTrackerEvent } from "../../player";
import { routeIndexOf, routeOfRun } from "../path-explorer/route-edges";
import type { ScenarioReplica } from "../path-explorer/scenario-replica";
import { PlayerView } from "./player-view";
import type { CanvasHighlight, PreviewStart } from "./preview-contract";
import { PreviewSetup } from "./preview-setup";
import { RunSidebar } from "./run-sidebar";

/** A run to open straight away (a path picked in the explorer), with the level it was played at. */
export interface PreviewRequest {
  run: RunState;
  serial: number;
}

interface PreviewPanelProps {
  replica: ScenarioReplica;
  request: PreviewRequest | null;
  /** The setup of the last preview this session, offered again. */
  lastStart: PreviewStart | null;
  onStarted: (start: PreviewStart) => void;
  selectedNodeId: string | null;
  nodeName: (nodeId: string) => string;
  onTrail: (trail: CanvasHighlight["trail"]) => void;
  onFocusNode: (nodeId: string) => void;
  onClose: () => void;
  /** The panel's element: the canvas keeps what it shows clear of it. */
  panelRef: Ref<HTMLElement>;
}

type Phase =
  | { kind: "loading" }
  | { kind: "failed"; error: string }
  | { kind: "setup" }
  | { kind: "running"; start: PreviewStart; run: RunState | null; key: number };

function startFromRun(run: RunState): PreviewStart {
  return {
    startNodeId: run.start.startNodeId ?? null,
    variables: { ...(run.start.variables ?? {}) },
    difficulty: run.start.difficulty,
    seed: run.start.seed,
  };
}

/**
 * The studio's preview: the learner's player itself, started from the
 * scenario's start or any node with variables, level and seed set by hand,
 * beside a live view of scores, variables and the path so far. Each start or
 * restart reads the document afresh, so edits made meanwhile are in it.
 */
export function PreviewPanel({
  replica,
  request,
  lastStart,
  onStarted,
  selectedNodeId,
  nodeName,
  onTrail,
  onFocusNode,
  onClose,
  panelRef,
}: PreviewPanelProps) {
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [scenario, setScenario] = useState<Scenario | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "loading" });
  const [state, setState] = useState<RunState | null>(null);
  const [events, setEvents] = useState<readonly LocalTrackerEvent[]>([]);
  const [error, setError] = useState<string | null>(null);
  const runCount = useRef(0);
  const onState = useCallback((next: RunState) => setState(next), []);
  const routeIndex = useMemo(() => (scenario ? routeIndexOf(scenario) : null), [scenario]);

  /** Reads the document, then moves to the phase `next` gives for it. */
  const load = useCallback(
    (next: (scenario: Scenario) => Phase) => {
      setPhase({ kind: "loading" });
      replica.snapshot().then(
        (s) => {
          setScenario(s);
          setState(null);
          setEvents([]);
          setError(null);
          setPhase(next(s));
        },
        (err: Error) => setPhase({ kind: "failed", error: err.message }),
      );
    },
    [replica],
  );

  const run = useCallback(
    (start: PreviewStart, fromRun: RunState | null = null) => {
      onStarted(start);
      load(() => ({ kind: "running", start, run: fromRun, key: ++runCount.current }));
    },
    [load, onStarted],
  );

  useEffect(() => {
    if (request) run(startFromRun(request.run), request.run);
    else load(() => ({ kind: "setup" }));
  }, [request, run, load]);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  useEffect(() => {
    if (!state || !routeIndex) {
      onTrail(undefined);
      return;
    }
    const route = routeOfRun(routeIndex, state.path);
    onTrail({ ...route, currentNodeId: state.nodeId });
  }, [state, routeIndex, onTrail]);

  useEffect(() => () => onTrail(undefined), [onTrail]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };

  const changeSetup = () => {
    load(() => ({ kind: "setup" }));
    requestAnimationFrame(() => heading.current?.focus());
  };

  const summary =
    phase.kind === "running"
      ? [
          phase.start.startNodeId ? `From ${nodeName(phase.start.startNodeId)}` : "From the start",
          phase.start.difficulty,
          `seed ${phase.start.seed}`,
          `${Object.keys(phase.start.variables).length} variables set by hand`,
        ].join(" · ")
      : "Play the scenario as a learner will.";

  return (
    <section
      ref={panelRef}
      className="tool-panel preview-panel nokey"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
    >
      <header className="tool-panel__header">
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          Preview
        </h2>
        <span className="muted tool-panel__summary">{summary}</span>
        {phase.kind === "running" && (
          <>
            <button type="button" className="button" onClick={() => run(phase.start)}>
              Restart
            </button>
            <button type="button" className="button button--ghost" onClick={changeSetup}>
              Change setup
            </button>
          </>
        )}
        <button
          type="button"
          className="icon-button"
          aria-label="Close preview"
          aria-keyshortcuts="Escape"
          onClick={onClose}
        >
          ×
        </button>
      </header>
      {phase.kind === "loading" && (
        <p className="tool-panel__message" role="status">
          Reading the scenario…
        </p>
      )}
      {phase.kind === "failed" && (
        <p className="tool-panel__message error-text" role="alert">
          The preview could not start: {phase.error}
        </p>
      )}
      {phase.kind === "setup" && scenario && (
        <div className="tool-panel__body">
          <PreviewSetup
            scenario={scenario}
            initial={lastStart}
            selectedNodeId={selectedNodeId}
            nodeName={nodeName}
            onStart={(start) => run(start)}
          />
        </div>
      )}
      {phase.kind === "running" && scenario && (
        <div className="preview-panel__run">
          <PlayerView
            key={phase.key}
            scenario={scenario}
            start={phase.start}
            run={phase.run}
            onState={onState}
            onEvents={setEvents}
            onError={setError}
          />
          <RunSidebar
            scenario={scenario}
            state={state}
            events={events}
            error={error}
            nodeName={nodeName}
            onFocusNode={onFocusNode}
          />
        </div>
      )}
    </section>
  );
}
