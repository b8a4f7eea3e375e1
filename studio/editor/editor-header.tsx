import { memo, type ReactNode } from "react";
import type * as Y from "yjs";
import type { ConnectionState } from "../collab/use-connection-state";
import { PeerAvatars } from "../presence/peer-avatars";
import type { DiagnosticsState } from "../validation/use-diagnostics";
import { ConnectionStatus } from "./connection-status";
import { EditorTitle } from "./editor-title";
import { useUndoState } from "./use-undo-state";

interface EditorHeaderProps {
  title: string;
  connection: ConnectionState;
  diagnostics: DiagnosticsState;
  problemsOpen: boolean;
  onToggleProblems: () => void;
  undoManager: Y.UndoManager;
  onUndo: () => void;
  onRedo: () => void;
  onSearch: () => void;
  onArrange: () => void;
  arranging: boolean;
  onHelp: () => void;
  /** Tools from other folders that sit in the toolbar (the export button). */
  extraTools?: ReactNode;
}

export const EditorHeader = memo(function EditorHeader(props: EditorHeaderProps) {
  const { canUndo, canRedo } = useUndoState(props.undoManager);
  const { errors, warnings, ready } = props.diagnostics;
  const counts = ready
    ? `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`
    : "Checking…";
  return (
    <header className="topbar editor-header">
      <EditorTitle title={props.title} />
      <div className="editor-header__tools" role="toolbar" aria-label="Editor tools">
        <button
          type="button"
          className="button button--ghost"
          onClick={props.onUndo}
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z"
        >
          Undo
        </button>
        <button
          type="button"
          className="button button--ghost"
          onClick={props.onRedo}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z"
        >
          Redo
        </button>
        <button
          type="button"
          className="button button--ghost"
          onClick={props.onSearch}
          aria-keyshortcuts="Control+F"
        >
          Search
        </button>
        <button
          type="button"
          className="button button--ghost"
          onClick={props.onArrange}
          disabled={props.arranging}
          aria-keyshortcuts="Control+Shift+L"
        >
          {props.arranging ? "Arranging…" : "Arrange"}
        </button>
        <button
          type="button"
          className={`button problems-button ${errors > 0 ? "has-errors" : warnings > 0 ? "has-warnings" : ""}`}
          onClick={props.onToggleProblems}
          aria-expanded={props.problemsOpen}
          title={counts}
        >
          {/* The word first: the button's name then starts with the label people see and say. */}
          Problems<span className="visually-hidden">: </span>
          <span className="problems-button__count problems-button__count--error">
            {ready ? errors : "…"}
          </span>
          <span className="visually-hidden"> errors, </span>
          <span className="problems-button__count problems-button__count--warning">
            {ready ? warnings : "…"}
          </span>
          <span className="visually-hidden"> warnings</span>
        </button>
        {props.extraTools}
        <button
          type="button"
          className="icon-button"
          onClick={props.onHelp}
          aria-label="Keyboard shortcuts"
          aria-keyshortcuts="Shift+?"
        >
          ?
        </button>
      </div>
      <div className="topbar__end">
        <PeerAvatars />
        <ConnectionStatus state={props.connection} />
      </div>
    </header>
  );
});
