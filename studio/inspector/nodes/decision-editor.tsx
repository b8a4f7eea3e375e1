import type { DecisionNode } from "../../../core";
import { CheckboxField } from "../forms/checkbox-field";
import { Section } from "../forms/section";
import { RichTextField } from "../rich-text/rich-text-field";
import { OptionList } from "./option-list";
import { TimerEditor } from "./timer-editor";
import { useNodeWriter } from "./use-node-writer";

export function DecisionEditor({
  node,
  openOptionId,
}: {
  node: DecisionNode;
  openOptionId?: string;
}) {
  const write = useNodeWriter(node.id);
  return (
    <>
      <RichTextField
        label="Prompt"
        location={{ nodeId: node.id, field: "prompt" }}
        hint="What the learner is asked before choosing."
      />
      <Section title="Options" aside={node.options.length}>
        <OptionList node={node} openId={openOptionId} />
        <CheckboxField
          label="Shuffle the options for each learner"
          checked={node.shuffle}
          onChange={(shuffle) => write.set({ shuffle })}
        />
      </Section>
      <Section
        title="Time limit"
        aside={node.timer ? `${node.timer.seconds} s` : "none"}
        defaultOpen={node.timer !== null}
      >
        <TimerEditor node={node} />
      </Section>
    </>
  );
}
