import { useReactFlow } from "@xyflow/react";
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import { ClipboardPayloadSchema, type NodeKind } from "../../core";
import { useCurrentUser } from "../app/current-user";
import { Canvas } from "../canvas/canvas";
import { CanvasActions } from "../canvas/canvas-actions";
import type { FlowEdge, FlowNode } from "../canvas/flow-types";
import { focusNode } from "../canvas/focus-node";
import { NodeSearch } from "../canvas/node-search";
import { OptionSelectionContext } from "../canvas/option-selection-context";
import { Palette } from "../canvas/palette";
import { useCanvasModel } from "../canvas/use-canvas-model";
import type { CollabSession } from "../collab/collab-session";
import { useConnectionState } from "../collab/use-connection-state";
import { dismissFirstPaint } from "../first-paint/first-paint-handle";
import { PresenceContext } from "../presence/presence-context";
import { useToast } from "../ui/toast";
import type { DiagnosticItem } from "../validation/analysis-protocol";
import { useDiagnostics } from "../validation/use-diagnostics";
import { ValidationPanel } from "../validation/validation-panel";
import { arrangeGraph } from "./arrange-graph";
import { EditorHeader } from "./editor-header";
import { HelpSheet } from "./help-sheet";
import { InspectorSlot, useInspectorWanted } from "./inspector-slot";
import { OptionalExportButton, OptionalScenarioTools } from "./optional-tools";
import { useClipboard } from "./use-clipboard";
import { useDocTitle } from "./use-doc-title";
import { useEditorShortcuts } from "./use-editor-shortcuts";
import { useSelection } from "./use-selection";

const NEW_NODE_OFFSET = { x: 132, y: 60 };

export function Editor({ session }: { session: CollabSession }) {
  const { doc, provider, presence, undoManager, origin } = session;
  const me = useCurrentUser();
  const toast = useToast();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const connection = useConnectionState(provider);
  const model = useCanvasModel(session.scenarioId, doc, provider);
  const actions = useMemo(() => new CanvasActions(doc, origin), [doc, origin]);
  const docTitle = useDocTitle(doc);
  const containerRef = useRef<HTMLDivElement>(null);
  const { selection, select } = useSelection(model, presence);
  // The inspector (its rich-text editors above all) follows a selection in a
  // render of its own, after the canvas has painted the click.
  const inspectedSelection = useDeferredValue(selection);
  const canvasComplete = useSyncExternalStore(
    model.subscribe,
    () => model.loaded && model.remaining === 0,
  );
  const inspectorWanted = useInspectorWanted(canvasComplete, inspectedSelection.nodeIds.length > 0);
  // The derived scenario costs a copy from the worker on every analysis: only while an inspector uses it.
  const diagnostics = useDiagnostics(session.analysis, connection.synced, inspectorWanted);
  const [loaded, setLoaded] = useState(model.loaded);
  // Until the document is read, its title is the one the first view came with.
  const firstViewTitle = useSyncExternalStore(model.subscribe, () => model.firstView?.title ?? "");
  const title = docTitle || (loaded ? "" : firstViewTitle);
  const firstViewShown = useSyncExternalStore(
    model.subscribe,
    () => !model.loaded && model.nodes.length > 0,
  );
  const [searchOpen, setSearchOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [problemsOpen, setProblemsOpen] = useState(false);
  const [arranging, setArranging] = useState(false);
  const addCount = useRef(0);

  const user = useMemo(
    () => ({ id: me.id, name: me.name, color: me.color }),
    [me.id, me.name, me.color],
  );
  const moodVariable = useSyncExternalStore(
    model.subscribe,
    () => model.viewContext.mood?.variable ?? null,
  );
  const fail = useCallback((message: string) => toast({ message, tone: "error" }), [toast]);

  useEffect(() => {
    document.title = `${title || "Scenario"} · Forkline`;
  }, [title]);

  // A scenario that cannot be opened says so: the server's first paint must not cover that.
  useEffect(() => {
    if (connection.state === "closed") dismissFirstPaint();
  }, [connection.state]);

  useEffect(() => {
    if (!connection.synced) return;
    model.ensureLoaded();
    setLoaded(true);
  }, [connection.synced, model]);

  const addAtCentre = useCallback(
    (kind: NodeKind) => {
      const rect = containerRef.current?.getBoundingClientRect();
      if (!rect) return;
      const centre = flow.screenToFlowPosition({
        x: rect.left + rect.width / 2,
        y: rect.top + rect.height / 2,
      });
      // Successive adds fan out a little so they do not stack exactly.
      const step = (addCount.current++ % 6) * 24;
      try {
        const id = actions.addNode(kind, {
          x: centre.x - NEW_NODE_OFFSET.x + step,
          y: centre.y - NEW_NODE_OFFSET.y + step,
        });
        model.select([id]);
        toast({ message: `Added a ${kind} node.` });
      } catch (err) {
        fail((err as Error).message);
      }
    },
    [actions, flow, model, toast, fail],
  );

  const duplicate = useCallback(() => {
    const ids = model.selectedNodeIds();
    if (ids.length === 0) return;
    try {
      model.select(actions.duplicate(ids));
    } catch (err) {
      fail((err as Error).message);
    }
  }, [actions, model, fail]);

  const arrange = useCallback(async () => {
    if (arranging || !model.loaded || model.nodes.length === 0) return;
    setArranging(true);
    try {
      await arrangeGraph(model, actions);
      requestAnimationFrame(() => void flow.fitView({ padding: 0.15, maxZoom: 1, duration: 300 }));
    } catch (err) {
      fail(`Automatic layout failed: ${(err as Error).message}`);
    } finally {
      setArranging(false);
    }
  }, [arranging, model, actions, flow, fail]);

  const undo = useCallback(() => undoManager.undo(), [undoManager]);
  const redo = useCallback(() => undoManager.redo(), [undoManager]);

  useEditorShortcuts(
    {
      undo,
      redo,
      duplicate,
      selectAll: () => model.select(model.nodes.map((n) => n.id)),
      search: () => setSearchOpen(true),
      fitView: () => void flow.fitView({ padding: 0.15, maxZoom: 1, duration: 250 }),
      autoLayout: () => void arrange(),
      help: () => setHelpOpen(true),
      clearSelection: () => {
        if (searchOpen) setSearchOpen(false);
        else model.select([]);
      },
    },
    loaded,
  );

  useClipboard(
    {
      copy: () => {
        const ids = model.selectedNodeIds();
        return ids.length === 0 ? null : JSON.stringify(actions.copy(ids));
      },
      removeSelection: () => actions.remove(model.selectedNodeIds(), []),
      paste: (text) => {
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          return false;
        }
        const parsed = ClipboardPayloadSchema.safeParse(json);
        if (!parsed.success) return false;
        try {
          model.select(actions.paste(parsed.data, null));
        } catch (err) {
          fail((err as Error).message);
        }
        return true;
      },
    },
    loaded,
  );

  const focusDiagnostic = useCallback(
    (d: DiagnosticItem) => {
      if (!d.nodeId) return;
      if (!focusNode(flow, model, d.nodeId)) return;
      if (d.optionId) select({ nodeIds: [d.nodeId], optionId: d.optionId });
    },
    [flow, model, select],
  );

  const describeNode = useCallback(
    (nodeId: string) => {
      const node = model.nodeById(nodeId);
      if (!node) return null;
      return node.data.label || `${node.type} ${nodeId}`;
    },
    [model],
  );

  const optionSelection = useMemo(
    () => ({
      selectedOption: selection.optionId ?? null,
      selectOption: (nodeId: string, optionId: string) => select({ nodeIds: [nodeId], optionId }),
    }),
    [selection.optionId, select],
  );

  return (
    <PresenceContext.Provider value={presence}>
      <div className="editor">
        <EditorHeader
          title={title}
          connection={connection.state}
          diagnostics={diagnostics}
          problemsOpen={problemsOpen}
          onToggleProblems={() => setProblemsOpen((v) => !v)}
          undoManager={undoManager}
          onUndo={undo}
          onRedo={redo}
          onSearch={() => setSearchOpen(true)}
          onArrange={() => void arrange()}
          arranging={arranging}
          onHelp={() => setHelpOpen(true)}
          extraTools={
            // Its code (the exporters and the player) loads once the canvas is complete, not
            // while the scenario is opening.
            canvasComplete && <OptionalExportButton scenarioId={session.scenarioId} doc={doc} />
          }
        />
        {connection.state === "closed" && (
          <p className="editor__banner" role="alert">
            This scenario cannot be opened: {connection.closedReason}
          </p>
        )}
        <main className="editor__body" id="main">
          <Palette onAdd={addAtCentre} disabled={!loaded} />
          <div className="editor__center">
            <div className="editor__canvas">
              <OptionSelectionContext.Provider value={optionSelection}>
                <Canvas
                  model={model}
                  actions={actions}
                  presence={presence}
                  moodVariable={moodVariable}
                  containerRef={containerRef}
                  onError={fail}
                />
              </OptionSelectionContext.Provider>
              {searchOpen && <NodeSearch model={model} onClose={() => setSearchOpen(false)} />}
              {canvasComplete && (
                <OptionalScenarioTools
                  doc={doc}
                  model={model}
                  onSelectOption={optionSelection.selectOption}
                />
              )}
              {!loaded && (
                // Over the server's first view it is a note, not a cover: that view can be looked at.
                <div
                  className={`editor__loading${firstViewShown ? " editor__loading--note" : ""}`}
                  role="status"
                >
                  {connection.state === "offline"
                    ? "You are offline. The scenario opens when the connection is back."
                    : firstViewShown
                      ? "Loading the scenario: you can look around; editing starts when it has arrived."
                      : "Loading the scenario…"}
                </div>
              )}
            </div>
            {problemsOpen && (
              <div className="editor__problems">
                <ValidationPanel
                  diagnostics={diagnostics}
                  describeNode={describeNode}
                  onFocus={focusDiagnostic}
                  onClose={() => setProblemsOpen(false)}
                />
              </div>
            )}
          </div>
          <InspectorSlot
            doc={doc}
            provider={provider}
            user={user}
            origin={origin}
            undoManager={undoManager}
            selection={inspectedSelection}
            scenario={diagnostics.scenario}
            onSelect={select}
            editable={loaded}
            model={model}
            wanted={inspectorWanted}
          />
        </main>
        <HelpSheet open={helpOpen} onClose={() => setHelpOpen(false)} />
      </div>
    </PresenceContext.Provider>
  );
}
