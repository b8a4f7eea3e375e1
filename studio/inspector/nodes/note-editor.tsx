import type { NoteNode } from "../../../core";
import { SelectField } from "../forms/select-field";
import { RichTextField } from "../rich-text/rich-text-field";
import { useNodeWriter } from "./use-node-writer";

const COLOURS: { value: NoteNode["color"]; label: string }[] = [
  { value: "yellow", label: "Yellow" },
  { value: "blue", label: "Blue" },
  { value: "green", label: "Green" },
  { value: "pink", label: "Pink" },
  { value: "grey", label: "Grey" },
];

export function NoteEditor({ node }: { node: NoteNode }) {
  const write = useNodeWriter(node.id);
  return (
    <>
      <p className="muted">Notes are for designers: they are never exported.</p>
      <RichTextField label="Note" location={{ nodeId: node.id, field: "text" }} />
      <SelectField
        label="Colour"
        value={node.color}
        options={COLOURS}
        onChange={(color) => write.set({ color: color as NoteNode["color"] })}
      />
    </>
  );
}
