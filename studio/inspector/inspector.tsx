import { useEffect, useMemo, useState } from "react";
import { CaretAwareness } from "./caret-awareness";
import { Tabs } from "./forms/tabs";
import type { InspectorProps } from "./inspector-contract";
import { type InspectorEnv, InspectorEnvContext } from "./inspector-env";
import { NodeInspector } from "./nodes/node-inspector";
import { ScenarioInspector } from "./scenario/scenario-inspector";
import { handleUndoKeys } from "./undo-keys";
import "./inspector.css";
import "./inspector-lists.css";

type View = "selection" | "scenario";

/**
 * The right-hand panel: the selected node's editors, or the scenario's when
 * nothing is selected. Structured fields write through core's commands tagged
 * with the canvas's origin (so Ctrl+Z on the canvas undoes them); rich text is
 * edited in place by Tiptap bound to the document's fragments.
 */
export function Inspector(props: InspectorProps) {
  const { doc, provider, user, origin, undoManager, selection, scenario, onSelect, editable } =
    props;
  const carets = useMemo(() => new CaretAwareness(provider.awareness), [provider]);
  // The editor passes a new user object on every render; only its fields matter.
  const stableUser = useMemo(
    () => ({ id: user.id, name: user.name, color: user.color }),
    [user.id, user.name, user.color],
  );
  const env = useMemo<InspectorEnv>(
    () => ({ doc, origin, undoManager, editable, scenario, user: stableUser, carets, onSelect }),
    [doc, origin, undoManager, editable, scenario, stableUser, carets, onSelect],
  );
  const count = selection.nodeIds.length;
  const single = count === 1 ? selection.nodeIds[0]! : null;
  const [view, setView] = useState<View>(count === 0 ? "scenario" : "selection");
  const selectionKey = `${selection.nodeIds.join(",")}|${selection.optionId ?? ""}`;
  // A new selection brings its editors forward; clearing it shows the scenario.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the selection changes, which the key captures.
  useEffect(() => {
    setView(count === 0 ? "scenario" : "selection");
  }, [selectionKey]);

  return (
    <InspectorEnvContext.Provider value={env}>
      {/* `nokey` keeps React Flow's Delete and Backspace from removing nodes while focus is in the panel. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: only catches undo shortcuts bubbling from the panel's controls. */}
      <div className="insp nokey" onKeyDown={(event) => handleUndoKeys(event, undoManager)}>
        <Tabs
          label="Inspector"
          className="insp__views"
          selected={view}
          onSelect={(id) => setView(id as View)}
          tabs={[
            {
              id: "selection",
              label: count > 1 ? `${count} selected` : "Selection",
              render: () =>
                single ? (
                  <NodeInspector key={single} nodeId={single} optionId={selection.optionId} />
                ) : (
                  <p className="muted insp-empty">
                    {count === 0
                      ? "Nothing is selected. Select a node on the canvas to edit it here."
                      : `${count} nodes are selected. Select one to edit it; move, copy or delete them together on the canvas.`}
                  </p>
                ),
            },
            { id: "scenario", label: "Scenario", render: () => <ScenarioInspector /> },
          ]}
        />
      </div>
    </InspectorEnvContext.Provider>
  );
}
