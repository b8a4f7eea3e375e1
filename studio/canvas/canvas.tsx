import {
  Background,
  type Connection,
  Controls,
  type EdgeChange,
  type NodeChange,
  type OnBeforeDelete,
  type OnConnectEnd,
  Panel,
  ReactFlow,
  useReactFlow,
  type Viewport,
} from "@xyflow/react";
import {
  type DragEvent,
  memo,
  type RefObject,
  useCallback,
  useEffect,
  useRef,
  useSyncExternalStore,
} from "react";
import type { NodeKind } from "../../core";
import { openOpeningGate } from "../collab/opening-gate";
import { dismissFirstPaint, firstPaint } from "../first-paint/first-paint-handle";
import type { PresenceStore } from "../presence/presence-store";
import type { CanvasActions } from "./canvas-actions";
import { CanvasMinimap } from "./canvas-minimap";
import type { CanvasModel } from "./canvas-model";
import type { FlowEdge, FlowNode } from "./flow-types";
import { LoadingProgress } from "./loading-progress";
import { MoodLegend } from "./mood-legend";
import { nodeTypes } from "./nodes/node-types";
import { openingFrameOf } from "./opening-frame";
import { FIT_PADDING, openingViewportFor } from "./opening-viewport";
import { PALETTE_MIME } from "./palette";
import { RemoteCursors } from "./remote-cursors";
import { SelectionToolbar } from "./selection-toolbar";
import { useFlowElements } from "./use-canvas-model";
import { useCursorPublisher } from "./use-cursor-publisher";
import "./nodes/nodes.css";
import "./nodes/ports-and-zoom.css";
import "./canvas.css";

const KINDS = new Set(["scene", "decision", "condition", "reflection", "ending", "note"]);
const DELETE_KEYS = ["Delete", "Backspace"];
const MULTI_KEYS = ["Shift", "Meta", "Control"];
const PRO_OPTIONS = { hideAttribution: true };
const FIT_VIEW_OPTIONS = { padding: FIT_PADDING, maxZoom: 1 };
const ARIA_LABELS = {
  "node.a11yDescription.default":
    "Press Enter or Space to select this node, arrow keys to move it, Delete to remove it.",
  "edge.a11yDescription.default":
    "Press Enter or Space to select this connection, Delete to remove it.",
};

interface CanvasProps {
  model: CanvasModel;
  actions: CanvasActions;
  presence: PresenceStore;
  moodVariable: string | null;
  /** The element whose centre is "the centre of the view" for keyboard adds. */
  containerRef: RefObject<HTMLDivElement | null>;
  onError: (message: string) => void;
}

/**
 * The React Flow canvas. Local interaction (drag, selection, measuring) stays
 * in the CanvasModel; only finished gestures reach the document, each as one
 * core command.
 */
export const Canvas = memo(function Canvas({
  model,
  actions,
  presence,
  moodVariable,
  containerRef,
  onError,
}: CanvasProps) {
  const { nodes, edges } = useFlowElements(model);
  // Until the document is read the canvas shows the server's first view: look, select, no edits.
  const editable = useSyncExternalStore(model.subscribe, () => model.loaded);
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const { onPointerMove, onPointerLeave } = useCursorPublisher(presence);
  const framed = useRef(false);
  /** Where a large scenario opened: nodes read since then wait off the canvas until the view moves. */
  const openedAt = useRef<Viewport | null>(null);

  // Frame the scenario once, when its nodes first arrive (React Flow's store has them by
  // now: its effects, in children, run before this one), as openingViewportFor says, or
  // where the server-drawn first paint is looking if it is still on screen.
  useEffect(() => {
    if (framed.current || nodes.length === 0) return;
    framed.current = true;
    const box = containerRef.current?.getBoundingClientRect();
    const frame = openingFrameOf(nodes, model.startNodeId, model.nodeCount);
    const viewport =
      firstPaint()?.viewportFor(box?.left ?? 0, box?.top ?? 0) ??
      openingViewportFor(frame, box?.width || 1000, box?.height || 800);
    // Nodes read later, away from a large scenario's start, wait off the canvas until the view moves.
    if (!frame.whole) openedAt.current = viewport;
    void flow.setViewport(viewport);
  }, [nodes, flow, model, containerRef]);

  // Once React Flow has drawn nodes, the first paint (if the server drew one) hands over:
  // what was selected there is selected here, and the view is where it was left.
  // A document read with nothing to draw has nothing to hand over to: the first paint just goes.
  const hasNodes = nodes.length > 0;
  useEffect(() => {
    if (!hasNodes) {
      if (editable) dismissFirstPaint();
      return;
    }
    if (!firstPaint()) return;
    let frame = 0;
    let frames = 0;
    const check = () => {
      const handle = firstPaint();
      const container = containerRef.current;
      if (!handle || !container) return;
      // Nodes all off screen are not drawn: after a few frames the hand-over happens anyway.
      if (!container.querySelector(".react-flow__node") && ++frames < 30) {
        frame = requestAnimationFrame(check);
        return;
      }
      const box = container.getBoundingClientRect();
      const viewport = handle.viewportFor(box.left, box.top);
      if (openedAt.current) openedAt.current = viewport;
      void flow.setViewport(viewport);
      const selected = handle.selected().filter((id) => model.nodeById(id));
      if (selected.length > 0) model.select(selected);
      handle.dismiss();
    };
    frame = requestAnimationFrame(check);
    return () => cancelAnimationFrame(frame);
  }, [hasNodes, editable, flow, model, containerRef]);

  // The first view on screen: once React Flow has drawn its nodes (it measures the pane
  // first) and that frame is painted, the document may come in.
  const firstViewOnScreen = nodes.length > 0 && !editable;
  useEffect(() => {
    if (!firstViewOnScreen) return;
    let timer = 0;
    let frame = 0;
    let frames = 0;
    const check = () => {
      const drawn = containerRef.current?.querySelector(".react-flow__node") != null;
      // A view drawn off screen (or not at all) must not hold the document for long.
      if (drawn || ++frames > 10) timer = window.setTimeout(openOpeningGate, 0);
      else frame = requestAnimationFrame(check);
    };
    frame = requestAnimationFrame(check);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [firstViewOnScreen, containerRef]);

  const onMove = useCallback(
    (_event: unknown, viewport: Viewport) => {
      const at = openedAt.current;
      if (at && (at.x !== viewport.x || at.y !== viewport.y || at.zoom !== viewport.zoom))
        model.background.noteViewMoved();
    },
    [model],
  );

  const guard = useCallback(
    (run: () => void) => {
      try {
        run();
      } catch (err) {
        onError((err as Error).message);
      }
    },
    [onError],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const settled = model.applyNodeChanges(changes);
      if (settled.size > 0) guard(() => actions.moveNodes(settled));
    },
    [model, actions, guard],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => model.applyEdgeChanges(changes),
    [model],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      if (!c.sourceHandle || c.source === c.target) return;
      guard(() => actions.connect(c.source, c.sourceHandle!, c.target));
    },
    [actions, guard],
  );

  // Dropping a connection anywhere on a node connects to it, not only on its small input port.
  const onConnectEnd = useCallback<OnConnectEnd>(
    (event, state) => {
      if (state.isValid || !state.fromNode || !state.fromHandle?.id) return;
      if (state.fromHandle.type !== "source") return;
      const point = "changedTouches" in event ? event.changedTouches[0] : event;
      if (!point) return;
      const element = document.elementFromPoint(point.clientX, point.clientY);
      const target = element?.closest<HTMLElement>(".react-flow__node")?.dataset.id;
      if (!target || target === state.fromNode.id || model.nodeById(target)?.type === "note")
        return;
      const source = state.fromNode.id;
      const port = state.fromHandle.id;
      guard(() => actions.connect(source, port, target));
    },
    [model, actions, guard],
  );

  const isValidConnection = useCallback(
    (c: Connection | FlowEdge) =>
      c.source !== c.target && model.nodeById(c.target)?.type !== "note",
    [model],
  );

  // The document decides what goes: React Flow's own removal is cancelled and the change comes back through it.
  const onBeforeDelete = useCallback<OnBeforeDelete<FlowNode, FlowEdge>>(
    async ({ nodes: gone, edges: cut }) => {
      guard(() =>
        actions.remove(
          gone.map((n) => n.id),
          cut.map((e) => e.id),
        ),
      );
      return false;
    },
    [actions, guard],
  );

  const onDuplicate = useCallback(
    (ids: string[]) => guard(() => model.select(actions.duplicate(ids))),
    [model, actions, guard],
  );
  const onDeleteNodes = useCallback(
    (ids: string[]) => guard(() => actions.remove(ids, [])),
    [actions, guard],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(PALETTE_MIME);
      if (!KINDS.has(kind) || !model.loaded) return;
      event.preventDefault();
      const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      guard(() => {
        const id = actions.addNode(kind as NodeKind, { x: at.x - 40, y: at.y - 15 });
        model.select([id]);
      });
    },
    [flow, actions, model, guard],
  );

  return (
    <div
      className="canvas"
      ref={containerRef}
      onPointerMove={onPointerMove}
      onPointerLeave={onPointerLeave}
    >
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        connectionRadius={30}
        isValidConnection={isValidConnection}
        onBeforeDelete={onBeforeDelete}
        onDragOver={onDragOver}
        onDrop={onDrop}
        onMove={onMove}
        onlyRenderVisibleElements
        nodesConnectable={editable}
        minZoom={0.05}
        maxZoom={2}
        deleteKeyCode={editable ? DELETE_KEYS : null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_KEYS}
        elevateNodesOnSelect={false}
        proOptions={PRO_OPTIONS}
        ariaLabelConfig={ARIA_LABELS}
        aria-label="Scenario canvas"
      >
        <Background gap={24} size={1} color="#d5dae1" />
        <Panel position="bottom-right" className="minimap-panel">
          <CanvasMinimap model={model} />
        </Panel>
        <Controls
          showInteractive={false}
          fitViewOptions={FIT_VIEW_OPTIONS}
          aria-label="Zoom controls"
        />
        <Panel position="top-right">
          <LoadingProgress model={model} />
        </Panel>
        <Panel position="bottom-center" className="legend-panel">
          <MoodLegend variable={moodVariable} />
        </Panel>
        <RemoteCursors />
        {editable && (
          <SelectionToolbar model={model} onDuplicate={onDuplicate} onDelete={onDeleteNodes} />
        )}
      </ReactFlow>
    </div>
  );
});
