import {
  addSkill,
  removeSkill,
  reorderSkills,
  type Skill,
  SkillSchema,
  setSkill,
} from "../../../core";
import { TextField } from "../forms/text-field";
import { useInspectorEnv } from "../inspector-env";
import { freshOrder, stepInOrder } from "../logic/fresh-order";
import { useCommand } from "../use-command";
import { DefinitionCards } from "./definition-cards";

/** The micro-skills choices practise or miss. Removing one takes it off every option and timer. */
export function SkillsEditor({ skills }: { skills: readonly Skill[] }) {
  const { doc, origin } = useInspectorEnv();
  const { check, act } = useCommand();
  const set = (id: string, data: Partial<Omit<Skill, "id">>) =>
    check(() => setSkill(doc, { id, data }, origin));
  return (
    <DefinitionCards
      label="Skills"
      items={skills}
      keyOf={(s) => s.id}
      nameOf={(s) => s.label}
      max={200}
      empty="No skills yet."
      addLabel="Add a skill"
      onAdd={() => act(() => addSkill(doc, { skill: { label: "New skill" } }, origin))}
      onMove={(skill, step) => {
        const ids = stepInOrder(freshOrder(doc, "skills"), skill.id, step);
        return ids !== null && act(() => reorderSkills(doc, { ids }, origin));
      }}
      onRemove={(skill) => act(() => removeSkill(doc, { id: skill.id }, origin))}
      renderFields={(skill) => (
        <>
          <TextField
            label="Name"
            value={skill.label}
            maxLength={SkillSchema.shape.label.maxLength ?? 80}
            required="A skill needs a name."
            onCommit={(label) => set(skill.id, { label })}
          />
          <TextField
            label="Description"
            value={skill.description}
            multiline
            rows={2}
            maxLength={500}
            onCommit={(description) => set(skill.id, { description })}
          />
        </>
      )}
    />
  );
}
