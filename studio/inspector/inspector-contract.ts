import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import type { Scenario } from "../../core";

/**
 * The contract between the canvas and the inspector panel. The editor renders
 * `studio/inspector/index.tsx`'s default export (or `Inspector` export) in
 * the right-hand panel with these props.
 */

/** What is selected on the canvas. `optionId` is set when a decision's option row was picked. */
export interface InspectorSelection {
  readonly nodeIds: readonly string[];
  readonly optionId?: string;
}

/** The local user as presence shows them; CollaborationCaret takes `{ name, color }`. */
export interface InspectorUser {
  readonly id: string;
  readonly name: string;
  readonly color: string;
}

export interface InspectorProps {
  /** The live scenario document. Write only through core's `commands`, passing `origin`. */
  readonly doc: Y.Doc;
  /** The stock y-websocket provider; `provider.awareness` is what CollaborationCaret needs. */
  readonly provider: WebsocketProvider;
  readonly user: InspectorUser;
  /**
   * Tag every command with this origin so Ctrl+Z on the canvas undoes inspector
   * edits too. Tiptap's Collaboration extension keeps its own undo (y-prosemirror
   * origins) for text, which is what users expect while typing.
   */
  readonly origin: unknown;
  /** The canvas's undo manager (tracks `origin` only), for undo/redo buttons in forms. */
  readonly undoManager: Y.UndoManager;
  readonly selection: InspectorSelection;
  /**
   * The scenario read from `doc` with core's yDocToScenario, refreshed about
   * 300 ms after edits settle (moving nodes alone does not refresh it, so node
   * positions in it may be old). Null until the document has synced. For form
   * values; bind rich text to the Y.XmlFragment (core's richTextFragmentOf), not to this.
   */
  readonly scenario: Scenario | null;
  /** Changes the selection, for example to pick an option or jump to a node. */
  readonly onSelect: (selection: InspectorSelection) => void;
  /** False while the scenario has not loaded yet or the user may not edit it. */
  readonly editable: boolean;
}

export const INSPECTOR_SCENARIO_SETTLE_MS = 300;
