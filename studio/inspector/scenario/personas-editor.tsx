import {
  addPersona,
  assetMimeTypesOf,
  CHANNELS,
  type Persona,
  PersonaSchema,
  removePersona,
  reorderPersonas,
  setPersona,
} from "../../../core";
import { assetUrl } from "../../api/upload-asset";
import { AssetUpload } from "../forms/asset-upload";
import { SelectField } from "../forms/select-field";
import { TextField } from "../forms/text-field";
import { useInspectorEnv } from "../inspector-env";
import { attachAsset } from "../logic/attach-asset";
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
          <div className="persona-avatar">
            {persona.avatarAssetId ? (
              <>
                <img
                  className="persona-avatar__image"
                  src={assetUrl(persona.avatarAssetId)}
                  alt={`${persona.name}'s avatar`}
                  width={40}
                  height={40}
                />
                <button
                  type="button"
                  className="button button--ghost"
                  onClick={() => set(persona.id, { avatarAssetId: null })}
                >
                  Remove the avatar
                </button>
              </>
            ) : (
              <span className="muted">No avatar: learners see the persona's name only.</span>
            )}
            <AssetUpload
              label={persona.avatarAssetId ? "Replace the avatar…" : "Upload an avatar…"}
              accept={assetMimeTypesOf("image").join(",")}
              onUploaded={(asset) =>
                asset.mimeType.startsWith("image/")
                  ? check(() =>
                      attachAsset(doc, asset, origin, () =>
                        setPersona(
                          doc,
                          { id: persona.id, data: { avatarAssetId: asset.id } },
                          origin,
                        ),
                      ),
                    )
                  : "An avatar is an image."
              }
            />
          </div>
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
