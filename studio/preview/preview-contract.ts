import type * as Y from "yjs";
import type { Difficulty, VariableValue } from "../../core";
import type { CanvasModel } from "../canvas/canvas-model";

/**
 * What the editor gives the preview and the path explorer. `ScenarioTools`
 * (scenario-tools.tsx) is mounted once, inside the element that holds the
 * canvas (it must be positioned: the panels dock to its edges) and inside the
 * editor's ReactFlowProvider (it pans the canvas to what it shows):
 *
 *   <ScenarioTools doc={doc} model={model} onSelectOption={optionSelection.selectOption} />
 *
 * It brings its own open buttons, panels, keyboard handling and canvas
 * highlights; it never writes to the document.
 */
export interface ScenarioToolsProps {
  /** The live scenario document. Read only: a worker mirrors its updates. */
  doc: Y.Doc;
  /** The canvas's model: node names, the selection to preview from, selecting a node to focus it. */
  model: CanvasModel;
  /** Focuses one option of a decision (coverage lists options); without it the decision is selected. */
  onSelectOption?: (nodeId: string, optionId: string) => void;
}

/** Nodes and edges to mark on the canvas, by id. */
export interface HighlightRoute {
  nodeIds: readonly string[];
  edgeIds: readonly string[];
}

/**
 * Everything highlighted at once: the preview's run (the path so far and the
 * node on screen) and up to two explorer paths (A, and B when comparing).
 * Each is drawn differently, with a text badge, so colour is never the only cue.
 */
export interface CanvasHighlight {
  trail?: HighlightRoute & { currentNodeId: string | null };
  paths?: readonly HighlightRoute[];
}

/** How a preview run starts, as chosen in the setup form. */
export interface PreviewStart {
  /** null: the scenario's start node. */
  startNodeId: string | null;
  /** Only the variables set by hand; the rest keep their initial values. */
  variables: Record<string, VariableValue>;
  difficulty: Difficulty;
  seed: number;
}
