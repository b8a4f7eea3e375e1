import { useEffect, useRef } from "react";
import { type ScenarioNode, setStartNode } from "../../../core";
import { NODE_KIND_NAMES } from "../../ui/node-kind-names";
import { TextField } from "../forms/text-field";
import { useInspectorEnv } from "../inspector-env";
import { useCommand } from "../use-command";
import { useStartNodeId } from "../use-start-node";
import { useNodeWriter } from "./use-node-writer";

/** What every node has: its kind and id, its designer-facing label, and whether learners start here. */
export function NodeHeader({ node }: { node: ScenarioNode }) {
  const { doc, origin, editable } = useInspectorEnv();
  const { act } = useCommand();
  const write = useNodeWriter(node.id);
  const startId = useStartNodeId(doc);
  const isStart = startId === node.id;
  // The button gives way to a note once pressed; focus follows so keyboard users are not dropped.
  const pressed = useRef(false);
  const note = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (isStart && pressed.current) note.current?.focus();
    pressed.current = false;
  }, [isStart]);
  return (
    <header className="insp-node__header">
      <div className="insp-node__title">
        <h2>{NODE_KIND_NAMES[node.kind]}</h2>
        <code className="insp-node__id" title="Node id">
          {node.id}
        </code>
      </div>
      <TextField
        label="Label"
        value={node.label}
        maxLength={120}
        hint="Shown on the canvas only; learners never see it."
        onCommit={(label) => write.set({ label })}
      />
      {node.kind !== "note" &&
        (isStart ? (
          <p className="insp-start" ref={note} tabIndex={-1}>
            <span aria-hidden="true">▶</span> Learners start here.
          </p>
        ) : (
          <button
            type="button"
            className="button insp-start-button"
            disabled={!editable}
            onClick={() => {
              pressed.current = act(() => setStartNode(doc, { nodeId: node.id }, origin));
            }}
          >
            Set as start node
          </button>
        ))}
    </header>
  );
}
