import { ReactFlow } from "@xyflow/react";
import type { FlowEdge, FlowNode } from "../canvas/flow-types";
import { nodeTypes } from "../canvas/nodes/node-types";
import type { OpeningFrame } from "../canvas/opening-viewport";
import { EditorTitle } from "../editor/editor-title";
import { FIRST_PAINT_ID } from "./first-paint-handle";

const PRO_OPTIONS = { hideAttribution: true };

interface FirstPaintViewProps {
  title: string;
  nodes: FlowNode[];
  edges: FlowEdge[];
  frame: OpeningFrame;
}

/**
 * The editor as it first appears, drawn on the server: the same layout
 * classes as the editor, so the canvas sits exactly where the app's canvas
 * will, and the real node components inside React Flow. Empty panels stand in
 * for the palette and the inspector; the status says what is going on.
 */
export function FirstPaintView({ title, nodes, edges, frame }: FirstPaintViewProps) {
  return (
    <div id={FIRST_PAINT_ID} className="first-paint" data-opening={JSON.stringify(frame)}>
      <div className="editor">
        <header className="topbar editor-header">
          <EditorTitle title={title} />
        </header>
        <main className="editor__body">
          <div className="palette" />
          <div className="editor__center">
            <div className="editor__canvas">
              <div className="canvas">
                <ReactFlow<FlowNode, FlowEdge>
                  id={`${FIRST_PAINT_ID}-canvas`}
                  nodes={nodes}
                  edges={edges}
                  nodeTypes={nodeTypes}
                  nodesDraggable={false}
                  nodesConnectable={false}
                  proOptions={PRO_OPTIONS}
                  aria-label="Scenario canvas (opening)"
                />
              </div>
              <div className="first-paint__status" role="status">
                Opening the scenario: you can look around.
              </div>
            </div>
          </div>
          <div className="inspector-slot" />
        </main>
      </div>
    </div>
  );
}
