import { useSyncExternalStore } from "react";
import type { CanvasModel } from "../canvas/canvas-model";
import type { InspectorSelection } from "../inspector/inspector-contract";
import { NODE_KIND_NAMES } from "../ui/node-kind-names";

export interface PlaceholderProps {
  /** The canvas model, whose node views the summary shows. */
  model: CanvasModel;
}

/** A read-only summary of the selection, shown until the inspector's editors are in place. */
export function InspectorPlaceholder({
  selection,
  model,
}: { selection: InspectorSelection } & PlaceholderProps) {
  const only = selection.nodeIds.length === 1 ? selection.nodeIds[0]! : null;
  const view = useSyncExternalStore(model.subscribe, () =>
    only ? model.nodeById(only)?.data : undefined,
  );
  if (selection.nodeIds.length === 0) {
    return (
      <div className="inspector-placeholder">
        <h2>Inspector</h2>
        <p className="muted">Select a node on the canvas to see its details here.</p>
      </div>
    );
  }
  if (selection.nodeIds.length > 1) {
    return (
      <div className="inspector-placeholder">
        <h2>{selection.nodeIds.length} nodes selected</h2>
        <p className="muted">Move, copy, duplicate or delete them together.</p>
      </div>
    );
  }
  const id = only!;
  if (!view) return null;
  return (
    <div className="inspector-placeholder">
      <h2>
        {NODE_KIND_NAMES[view.kind]}
        {view.label ? `: ${view.label}` : ""}
      </h2>
      <dl>
        <dt>Id</dt>
        <dd>
          <code>{id}</code>
        </dd>
        {view.kind === "scene" && (
          <>
            <dt>Persona</dt>
            <dd>{view.persona ?? "None"}</dd>
            <dt>Customer line</dt>
            <dd>{view.line || "Empty"}</dd>
          </>
        )}
        {view.kind === "decision" && (
          <>
            <dt>Prompt</dt>
            <dd>{view.prompt || "Empty"}</dd>
            <dt>Options</dt>
            <dd>
              <ul>
                {view.options.map((o) => (
                  <li key={o.id} aria-current={selection.optionId === o.id ? "true" : undefined}>
                    {o.text} <span className="muted">({o.quality})</span>
                  </li>
                ))}
              </ul>
            </dd>
            {view.timer && (
              <>
                <dt>Time limit</dt>
                <dd>{view.timer.seconds} seconds</dd>
              </>
            )}
          </>
        )}
        {view.kind === "condition" && (
          <>
            <dt>Rules</dt>
            <dd>
              <ol>
                {view.rules.map((r) => (
                  <li key={r.id}>{r.text}</li>
                ))}
              </ol>
            </dd>
          </>
        )}
        {view.kind === "reflection" && (
          <>
            <dt>When</dt>
            <dd>{view.phase}</dd>
            <dt>Answer</dt>
            <dd>{view.reflectionKind}</dd>
            <dt>Prompt</dt>
            <dd>{view.prompt || "Empty"}</dd>
          </>
        )}
        {view.kind === "ending" && (
          <>
            <dt>Outcome</dt>
            <dd>{view.outcome}</dd>
            <dt>Title</dt>
            <dd>{view.title}</dd>
            <dt>Debrief</dt>
            <dd>{view.debrief || "Empty"}</dd>
          </>
        )}
        {view.kind === "note" && (
          <>
            <dt>Text</dt>
            <dd>{view.text || "Empty"}</dd>
          </>
        )}
      </dl>
      <p className="muted">Editing fields arrives with the inspector.</p>
    </div>
  );
}
