import { type EndingNode, EndingNodeSchema, OUTCOMES } from "../../../core";
import { SelectField } from "../forms/select-field";
import { TextField } from "../forms/text-field";
import { useInspectorEnv } from "../inspector-env";
import { freshNode } from "../logic/fresh-read";
import { RichTextField } from "../rich-text/rich-text-field";
import { useNodeWriter } from "./use-node-writer";

const OUTCOME_LABELS: Record<EndingNode["outcome"], string> = {
  success: "Success",
  partial: "Partial",
  failure: "Failure",
};
const COMPLETION = [
  { value: "completed", label: "Completed" },
  { value: "incomplete", label: "Incomplete" },
];
const SUCCESS = [
  { value: "by-rubric", label: "Decided by the rubric's passing rule" },
  { value: "passed", label: "Always passed" },
  { value: "failed", label: "Always failed" },
];

export function EndingEditor({ node }: { node: EndingNode }) {
  const { doc } = useInspectorEnv();
  const write = useNodeWriter(node.id);
  const setLms = (fields: Partial<EndingNode["lms"]>) => {
    const fresh = freshNode(doc, node.id, "ending");
    return fresh
      ? write.set({ lms: { ...fresh.lms, ...fields } })
      : "This ending no longer exists.";
  };
  return (
    <>
      <SelectField
        label="Outcome"
        value={node.outcome}
        options={OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }))}
        onChange={(outcome) => write.set({ outcome: outcome as EndingNode["outcome"] })}
      />
      <TextField
        label="Title"
        value={node.title}
        maxLength={EndingNodeSchema.shape.title.maxLength ?? 120}
        required="An ending needs a title."
        hint="Learners see it at the top of the debrief."
        onCommit={(title) => write.set({ title })}
      />
      <RichTextField label="Debrief" location={{ nodeId: node.id, field: "debrief" }} />
      <fieldset className="insp-group">
        <legend>Reported to the LMS</legend>
        <SelectField
          label="Completion"
          value={node.lms.completion}
          options={COMPLETION}
          onChange={(completion) =>
            setLms({ completion: completion as EndingNode["lms"]["completion"] })
          }
        />
        <SelectField
          label="Success"
          value={node.lms.success}
          options={SUCCESS}
          onChange={(success) => setLms({ success: success as EndingNode["lms"]["success"] })}
        />
      </fieldset>
    </>
  );
}
