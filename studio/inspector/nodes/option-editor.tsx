import { type DecisionNode, type Option, QUALITIES, type Quality } from "../../../core";
import { useToast } from "../../ui/toast";
import { ConditionBuilder } from "../conditions/condition-builder";
import { EffectsEditor } from "../conditions/effects-editor";
import { CheckboxField } from "../forms/checkbox-field";
import { Section } from "../forms/section";
import { SelectField } from "../forms/select-field";
import { useInspectorEnv } from "../inspector-env";
import { freshOption } from "../logic/fresh-read";
import { RichTextField } from "../rich-text/rich-text-field";
import { OptionTextTabs } from "./option-text-tabs";
import { PointsEditor } from "./points-editor";
import { SkillsPicker } from "./skills-picker";
import { useNodeWriter } from "./use-node-writer";

export const QUALITY_LABELS: Record<Quality, string> = {
  strong: "Strong",
  mixed: "Mixed",
  weak: "Weak",
};

/** Everything about one reply the learner can choose. */
export function OptionEditor({ node, option }: { node: DecisionNode; option: Option }) {
  const { doc, scenario } = useInspectorEnv();
  const write = useNodeWriter(node.id);
  const toast = useToast();
  const variables = scenario?.variables ?? [];
  // Lists and records are written whole: start from the option as the document holds it now.
  const edit = (change: (current: Option) => Parameters<typeof write.setOption>[1]) => {
    const fresh = freshOption(doc, node.id, option.id);
    if (!fresh) return "This option no longer exists.";
    return write.setOption(option.id, change(fresh));
  };
  const report = (refused: string | null) => {
    if (refused) toast({ message: refused, tone: "error" });
  };
  return (
    <div className="stack insp-stack insp-option">
      <OptionTextTabs
        option={option}
        onText={(text) => write.setOption(option.id, { text })}
        onVariant={(variant, text) =>
          edit((o) => ({ variants: { ...o.variants, [variant]: text } }))
        }
      />
      <SelectField
        label="Quality"
        value={option.quality}
        options={QUALITIES.map((q) => ({ value: q, label: QUALITY_LABELS[q] }))}
        onChange={(quality) => write.setOption(option.id, { quality: quality as Quality })}
      />
      <CheckboxField
        label="Advanced"
        checked={option.advanced}
        hint="Shown only at the challenge level when advanced detours are kept for it."
        onChange={(advanced) => write.setOption(option.id, { advanced })}
      />
      <RichTextField
        label="Feedback"
        location={{ nodeId: node.id, field: "feedback", optionId: option.id }}
        hint="The coaching the learner reads after choosing this."
      />
      <Section title="Points" aside={Object.keys(option.points).length}>
        <PointsEditor
          points={option.points}
          dimensions={scenario?.rubric.dimensions ?? []}
          onCommit={(dimensionId, value) =>
            edit((o) => {
              const points = { ...o.points };
              if (value === null) delete points[dimensionId];
              else points[dimensionId] = value;
              return { points };
            })
          }
        />
      </Section>
      <Section
        title="Skills"
        aside={option.skillsPractised.length + option.skillsMissed.length}
        defaultOpen={option.skillsPractised.length + option.skillsMissed.length > 0}
      >
        <SkillsPicker
          legend="Practised by this choice"
          selected={option.skillsPractised}
          skills={scenario?.skills ?? []}
          onChange={(skillsPractised) => report(write.setOption(option.id, { skillsPractised }))}
        />
        <SkillsPicker
          legend="Missed by this choice"
          selected={option.skillsMissed}
          skills={scenario?.skills ?? []}
          onChange={(skillsMissed) => report(write.setOption(option.id, { skillsMissed }))}
        />
      </Section>
      <Section
        title="Effects"
        aside={option.effects.length}
        defaultOpen={option.effects.length > 0}
      >
        <EffectsEditor
          legend="Changes when the learner chooses this"
          effects={option.effects}
          variables={variables}
          onChange={(effects) => write.setOption(option.id, { effects })}
        />
      </Section>
      <Section
        title="Show only if"
        aside={option.showIf ? "set" : "always"}
        defaultOpen={option.showIf !== null}
      >
        <CheckboxField
          label="Show this option only when a condition holds"
          checked={option.showIf !== null}
          onChange={(on) =>
            write.setOption(option.id, { showIf: on ? { combine: "all", clauses: [] } : null })
          }
        />
        {option.showIf && (
          <ConditionBuilder
            legend="Show when"
            value={option.showIf}
            variables={variables}
            emptyText="No checks yet: the option is always shown."
            onChange={(showIf) => write.setOption(option.id, { showIf })}
          />
        )}
      </Section>
    </div>
  );
}
