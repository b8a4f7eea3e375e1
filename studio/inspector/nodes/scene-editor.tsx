import type { SceneNode } from "../../../core";
import { EffectsEditor } from "../conditions/effects-editor";
import { Section } from "../forms/section";
import { SelectField } from "../forms/select-field";
import { useInspectorEnv } from "../inspector-env";
import { ContextCardsEditor } from "./context-cards-editor";
import { MediaEditor } from "./media-editor";
import { SceneLineTabs } from "./scene-line-tabs";
import { useNodeWriter } from "./use-node-writer";

export function SceneEditor({ node }: { node: SceneNode }) {
  const { scenario } = useInspectorEnv();
  const write = useNodeWriter(node.id);
  const personas = scenario?.personas ?? [];
  return (
    <>
      <SelectField
        label="Persona"
        value={node.personaId ?? ""}
        options={[
          { value: "", label: "No persona" },
          ...personas.map((p) => ({ value: p.id, label: p.name })),
        ]}
        onChange={(personaId) => write.set({ personaId: personaId || null })}
      />
      <Section title="Customer line">
        <SceneLineTabs node={node} />
      </Section>
      <Section
        title="Context cards"
        aside={node.contextCards.length}
        defaultOpen={node.contextCards.length > 0}
      >
        <ContextCardsEditor node={node} />
      </Section>
      <Section
        title="Media"
        aside={node.media ? node.media.kind : "none"}
        defaultOpen={node.media !== null}
      >
        <MediaEditor node={node} />
      </Section>
      <Section title="On arrival" aside={node.effects.length} defaultOpen={node.effects.length > 0}>
        <EffectsEditor
          legend="Changes when the learner reaches this scene"
          effects={node.effects}
          variables={scenario?.variables ?? []}
          onChange={(effects) => write.set({ effects })}
        />
      </Section>
    </>
  );
}
