import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import type * as Y from "yjs";
import type { RunState } from "../../core";
import type { CanvasModel } from "../canvas/canvas-model";
import { ScenarioReplica } from "../path-explorer/scenario-replica";
import { nodeNameOf } from "./node-name";
import type {
  CanvasHighlight,
  HighlightRoute,
  PreviewStart,
  ScenarioToolsProps,
} from "./preview-contract";
import type { PreviewRequest } from "./preview-panel";
import { useAdoptedSheet, useCanvasHighlight } from "./use-canvas-highlight";
import { type CanvasArea, useCanvasView } from "./use-canvas-view";
import "./preview.css";

// Loaded on first use: the preview brings the player and its styles, the explorer its views.
const PreviewPanel = lazy(() =>
  import("./preview-panel").then((m) => ({ default: m.PreviewPanel })),
);
const PathExplorerPanel = lazy(() =>
  import("../path-explorer/path-explorer-panel").then((m) => ({ default: m.PathExplorerPanel })),
);

const PlayIcon = () => (
  <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
    <path d="M3 1.5v9l7.5-4.5z" fill="currentColor" />
  </svg>
);

const BranchIcon = () => (
  <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
    <path
      d="M3 2v10M3 7c0-2.5 2-3 4-3h2M3 7c0 2.5 2 3 4 3h2"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
    />
    <circle cx="11" cy="4" r="1.6" fill="currentColor" />
    <circle cx="11" cy="10" r="1.6" fill="currentColor" />
  </svg>
);

/**
 * The scenario worker, started the first time a panel opens and kept for the
 * rest of the editing session: starting it copies the whole document into it,
 * which is worth doing once, not at every opening.
 */
function useScenarioReplica(doc: Y.Doc, wanted: boolean): ScenarioReplica | null {
  const [started, setStarted] = useState(false);
  const [replica, setReplica] = useState<ScenarioReplica | null>(null);
  if (wanted && !started) setStarted(true);
  useEffect(() => {
    if (!started) return;
    const next = new ScenarioReplica(doc);
    setReplica(next);
    return () => {
      next.dispose();
      setReplica(null);
    };
  }, [doc, started]);
  return replica;
}

/** The one node selected on the canvas (notes aside), or null. */
function useSingleSelection(model: CanvasModel): string | null {
  const key = useSyncExternalStore(model.subscribeSelection, () => model.selectionKey);
  return useMemo(() => {
    const ids = key === "" ? [] : key.split("\u0000");
    const only = ids.length === 1 ? model.nodeById(ids[0]!) : undefined;
    return only && only.type !== "note" ? only.id : null;
  }, [key, model]);
}

const NO_PATHS: readonly HighlightRoute[] = [];
const READABLE_ZOOM = 0.7;
/**
 * The canvas's zoom controls and legend rise above the paths drawer; the
 * overview map stays under it, where it would hide the paths drawn.
 */
const LIFT_CANVAS_CONTROLS = `.canvas .react-flow__panel.bottom.left,
.canvas .react-flow__panel.bottom.center {
  bottom: min(32rem, 58%);
}`;

/**
 * The preview and the path explorer, mounted once in the editor over the
 * canvas: two buttons to open them, the panels docked to the canvas's right
 * (preview) and bottom (paths), and the highlights they draw on the canvas.
 */
export function ScenarioTools({ doc, model, onSelectOption }: ScenarioToolsProps) {
  const [previewOpen, setPreviewOpen] = useState(false);
  const [explorerOpen, setExplorerOpen] = useState(false);
  const [request, setRequest] = useState<PreviewRequest | null>(null);
  const [lastStart, setLastStart] = useState<PreviewStart | null>(null);
  const [trail, setTrail] = useState<CanvasHighlight["trail"]>(undefined);
  const [paths, setPaths] = useState<readonly HighlightRoute[]>(NO_PATHS);
  const replica = useScenarioReplica(doc, previewOpen || explorerOpen);
  const loaded = useSyncExternalStore(model.subscribe, () => model.loaded);
  const selectedNodeId = useSingleSelection(model);
  const bar = useRef<HTMLDivElement>(null);
  const previewPanel = useRef<HTMLElement>(null);
  const explorerPanel = useRef<HTMLElement>(null);
  const previewButton = useRef<HTMLButtonElement>(null);
  const explorerButton = useRef<HTMLButtonElement>(null);
  const serial = useRef(0);

  const area = useCallback((): CanvasArea | null => {
    const container = bar.current?.offsetParent;
    if (!(container instanceof HTMLElement)) return null;
    return {
      width: container.clientWidth,
      height: container.clientHeight,
      coverRight: previewPanel.current?.offsetWidth ?? 0,
      coverBottom: explorerPanel.current?.offsetHeight ?? 0,
    };
  }, []);
  const view = useCanvasView(model, area, onSelectOption);

  const highlight = useMemo<CanvasHighlight>(
    () => ({ trail: previewOpen ? trail : undefined, paths: explorerOpen ? paths : NO_PATHS }),
    [previewOpen, trail, explorerOpen, paths],
  );
  useCanvasHighlight(highlight);
  useAdoptedSheet(explorerOpen ? LIFT_CANVAS_CONTROLS : "");

  // The canvas follows the preview: at a readable zoom when a run starts, then moving
  // only when the node on screen would be hidden.
  const current = previewOpen ? (trail?.currentNodeId ?? null) : null;
  const firstStep = (trail?.nodeIds.length ?? 0) <= 1;
  useEffect(() => {
    if (current) view.reveal(current, firstStep ? READABLE_ZOOM : 0);
  }, [current, firstStep, view]);

  const nodeName = useCallback((id: string) => nodeNameOf(model, id), [model]);
  const focus = useCallback(
    (nodeId: string, optionId?: string) => view.focus(nodeId, optionId),
    [view],
  );
  const fit = useCallback((ids: readonly string[]) => view.fit(ids), [view]);

  const closePreview = useCallback(() => {
    setPreviewOpen(false);
    setRequest(null);
    setTrail(undefined);
    previewButton.current?.focus();
  }, []);
  const closeExplorer = useCallback(() => {
    setExplorerOpen(false);
    setPaths(NO_PATHS);
    explorerButton.current?.focus();
  }, []);
  const playInPreview = useCallback((run: RunState) => {
    setRequest({ run, serial: ++serial.current });
    setPreviewOpen(true);
  }, []);

  return (
    <div className={`scenario-tools nokey ${previewOpen ? "has-preview" : ""}`}>
      <div ref={bar} className="scenario-tools__bar">
        <button
          ref={previewButton}
          type="button"
          className="button scenario-tools__button"
          aria-expanded={previewOpen}
          disabled={!loaded}
          onClick={() => (previewOpen ? closePreview() : setPreviewOpen(true))}
        >
          <PlayIcon /> Preview
        </button>
        <button
          ref={explorerButton}
          type="button"
          className="button scenario-tools__button"
          aria-expanded={explorerOpen}
          disabled={!loaded}
          onClick={() => (explorerOpen ? closeExplorer() : setExplorerOpen(true))}
        >
          <BranchIcon /> Paths
        </button>
      </div>
      {replica && previewOpen && (
        <Suspense
          fallback={
            <p className="tool-panel tool-panel--loading preview-panel">Loading the player…</p>
          }
        >
          <PreviewPanel
            replica={replica}
            request={request}
            lastStart={lastStart}
            onStarted={setLastStart}
            selectedNodeId={selectedNodeId}
            nodeName={nodeName}
            onTrail={setTrail}
            onFocusNode={focus}
            onClose={closePreview}
            panelRef={previewPanel}
          />
        </Suspense>
      )}
      {replica && explorerOpen && (
        <Suspense
          fallback={<p className="tool-panel tool-panel--loading explorer-panel">Loading…</p>}
        >
          <PathExplorerPanel
            replica={replica}
            nodeName={nodeName}
            onFocus={focus}
            onPaths={setPaths}
            onFit={fit}
            onPlay={playInPreview}
            onClose={closeExplorer}
            panelRef={explorerPanel}
          />
        </Suspense>
      )}
    </div>
  );
}
