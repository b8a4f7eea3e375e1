import type { ReflectionNode } from "../../../core";
import { SelectField } from "../forms/select-field";
import { RichTextField } from "../rich-text/rich-text-field";
import { ScaleEditor } from "./scale-editor";
import { useNodeWriter } from "./use-node-writer";

const PHASES = [
  { value: "pre", label: "Before the conversation" },
  { value: "mid", label: "During the conversation" },
  { value: "post", label: "After the conversation" },
];
const KINDS = [
  { value: "confidence", label: "Confidence (1 to 5)" },
  { value: "likert", label: "Agreement scale" },
  { value: "text", label: "Free text" },
];

export function ReflectionEditor({ node }: { node: ReflectionNode }) {
  const write = useNodeWriter(node.id);
  return (
    <>
      <SelectField
        label="When"
        value={node.phase}
        options={PHASES}
        hint="Confidence asked before and after gives the confidence shift."
        onChange={(phase) => write.set({ phase: phase as ReflectionNode["phase"] })}
      />
      <SelectField
        label="Answer"
        value={node.reflectionKind}
        options={KINDS}
        onChange={(kind) => write.set({ reflectionKind: kind as ReflectionNode["reflectionKind"] })}
      />
      <RichTextField label="Prompt" location={{ nodeId: node.id, field: "prompt" }} />
      {node.reflectionKind === "likert" && <ScaleEditor node={node} />}
    </>
  );
}
