import {
  addPersona,
  CHANNELS,
  type Persona,
  PersonaSchema,
  removePersona,
  reorderPersonas,
  setPersona,
} from "../../../core";
import { SelectField } from "../forms/select-field";
import { TextField } from "../forms/text-field";
import { useInspectorEnv } from "../inspector-env";
import { freshOrder, stepInOrder } from "../logic/fresh-order";
import { useCommand } from "../use-command";
import { DefinitionCards } from "./definition-cards";

const CHANNEL_LABELS: Record<(typeof CHANNELS)[number], string> = {
  chat: "Chat",
  email: "E-mail",
  phone: "Phone",
  social: "Social media",
  "in-person": "In person",
};

/** The customers learners talk to. Removing one leaves its scenes without a persona. */
export function PersonasEditor({ personas }: { personas: readonly Persona[] }) {
  const { doc, origin } = useInspectorEnv();
  const { check, act } = useCommand();
  const set = (id: string, data: Partial<Omit<Persona, "id">>) =>
    check(() => setPersona(doc, { id, data }, origin));
  return (
    <DefinitionCards
      label="Personas"
      items={personas}
      keyOf={(p) => p.id}
      nameOf={(p) => p.name}
      max={50}
      empty="No personas yet."
      addLabel="Add a persona"
      onAdd={() => act(() => addPersona(doc, { persona: { name: "New customer" } }, origin))}
      onMove={(persona, step) => {
        const ids = stepInOrder(freshOrder(doc, "personas"), persona.id, step);
        return ids !== null && act(() => reorderPersonas(doc, { ids }, origin));
      }}
      onRemove={(persona) => act(() => removePersona(doc, { id: persona.id }, origin))}
      renderFields={(persona) => (
        <>
          <TextField
            label="Name"
            value={persona.name}
            maxLength={PersonaSchema.shape.name.maxLength ?? 80}
            required="A persona needs a name."
            onCommit={(name) => set(persona.id, { name })}
          />
          <SelectField
            label="Channel"
            value={persona.channel}
            options={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))}
            onChange={(channel) => set(persona.id, { channel: channel as Persona["channel"] })}
          />
          <TextField
            label="Context"
            value={persona.context}
            multiline
            rows={3}
            maxLength={2000}
            hint="Who they are and what happened before the conversation."
            onCommit={(context) => set(persona.id, { context })}
          />
        </>
      )}
    />
  );
}
