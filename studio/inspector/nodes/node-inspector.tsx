import { Section } from "../forms/section";
import { useInspectorEnv } from "../inspector-env";
import { useLiveNode } from "../use-live-node";
import { ConditionNodeEditor } from "./condition-node-editor";
import { ConnectionsEditor } from "./connections-editor";
import { DecisionEditor } from "./decision-editor";
import { EndingEditor } from "./ending-editor";
import { NodeHeader } from "./node-header";
import { NoteEditor } from "./note-editor";
import { ReflectionEditor } from "./reflection-editor";
import { SceneEditor } from "./scene-editor";

/** The editors for one node, read live from the document. */
export function NodeInspector({ nodeId, optionId }: { nodeId: string; optionId?: string }) {
  const { doc } = useInspectorEnv();
  const node = useLiveNode(doc, nodeId);
  if (!node) {
    return <p className="muted insp-empty">This node is no longer in the scenario.</p>;
  }
  return (
    <div className="insp-node stack">
      <NodeHeader node={node} />
      {node.kind === "scene" && <SceneEditor node={node} />}
      {node.kind === "decision" && <DecisionEditor node={node} openOptionId={optionId} />}
      {node.kind === "condition" && (
        <Section title="Rules" aside={node.rules.length}>
          <ConditionNodeEditor node={node} />
        </Section>
      )}
      {node.kind === "reflection" && <ReflectionEditor node={node} />}
      {node.kind === "ending" && <EndingEditor node={node} />}
      {node.kind === "note" && <NoteEditor node={node} />}
      {node.kind !== "note" && node.kind !== "ending" && (
        <Section title="Leads to" memoryKey="connections" defaultOpen={false}>
          <ConnectionsEditor node={node} />
        </Section>
      )}
    </div>
  );
}
