import { Section } from "../forms/section";
import { useInspectorEnv } from "../inspector-env";
import { MetaEditor } from "./meta-editor";
import { MoodEditor } from "./mood-editor";
import { PersonasEditor } from "./personas-editor";
import { RubricEditor } from "./rubric-editor";
import { SettingsEditor } from "./settings-editor";
import { SkillsEditor } from "./skills-editor";
import { VariablesEditor } from "./variables-editor";

/** Everything about the scenario as a whole. */
export function ScenarioInspector() {
  const { scenario } = useInspectorEnv();
  if (!scenario) {
    return (
      <p className="muted insp-empty" aria-busy="true">
        Reading the scenario…
      </p>
    );
  }
  return (
    <div className="insp-scenario stack">
      <h2 className="visually-hidden">Scenario</h2>
      <Section title="Details" memoryKey="scenario:Details">
        <MetaEditor meta={scenario.meta} />
      </Section>
      <Section
        title="Variables"
        memoryKey="scenario:Variables"
        aside={scenario.variables.length}
        defaultOpen={false}
      >
        <VariablesEditor scenario={scenario} />
      </Section>
      <Section
        title="Mood gauge"
        memoryKey="scenario:Mood gauge"
        aside={scenario.mood?.variable ?? "none"}
        defaultOpen={false}
      >
        <MoodEditor scenario={scenario} />
      </Section>
      <Section
        title="Skills"
        memoryKey="scenario:Skills"
        aside={scenario.skills.length}
        defaultOpen={false}
      >
        <SkillsEditor skills={scenario.skills} />
      </Section>
      <Section
        title="Rubric"
        memoryKey="scenario:Rubric"
        aside={scenario.rubric.dimensions.length}
        defaultOpen={false}
      >
        <RubricEditor rubric={scenario.rubric} />
      </Section>
      <Section
        title="Personas"
        memoryKey="scenario:Personas"
        aside={scenario.personas.length}
        defaultOpen={false}
      >
        <PersonasEditor personas={scenario.personas} />
      </Section>
      <Section title="Settings" memoryKey="scenario:Settings" defaultOpen={false}>
        <SettingsEditor scenario={scenario} />
      </Section>
    </div>
  );
}
