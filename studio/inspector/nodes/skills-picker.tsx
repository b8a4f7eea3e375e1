import { useId } from "react";
import type { Skill } from "../../../core";
import { useInspectorEnv } from "../inspector-env";

interface SkillsPickerProps {
  legend: string;
  selected: readonly string[];
  skills: readonly Skill[];
  /** Writes the new list; a refusal is reported by the caller. */
  onChange: (ids: string[]) => void;
  max?: number;
}

/** A multi-select as a group of checkboxes: every choice is visible and keyboard-reachable. */
export function SkillsPicker({ legend, selected, skills, onChange, max = 20 }: SkillsPickerProps) {
  const { editable } = useInspectorEnv();
  const id = useId();
  const chosen = new Set(selected);
  const missing = selected.filter((s) => !skills.some((k) => k.id === s));
  const full = selected.length >= max;
  const toggle = (skillId: string, on: boolean) =>
    onChange(on ? [...selected, skillId] : selected.filter((s) => s !== skillId));
  const entries = [
    ...skills.map((s) => ({ id: s.id, label: s.label })),
    ...missing.map((s) => ({ id: s, label: `${s} (removed skill)` })),
  ];
  return (
    <fieldset className="insp-skills">
      <legend>{legend}</legend>
      {entries.length === 0 && (
        <p className="muted">No skills yet: add them in the Scenario tab.</p>
      )}
      {entries.map((skill) => (
        <div key={skill.id} className="insp-check">
          <input
            id={`${id}-${skill.id}`}
            type="checkbox"
            checked={chosen.has(skill.id)}
            disabled={!editable || (full && !chosen.has(skill.id))}
            onChange={(event) => toggle(skill.id, event.target.checked)}
          />
          <label htmlFor={`${id}-${skill.id}`}>{skill.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
