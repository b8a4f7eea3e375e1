import { useId, useState } from "react";
import {
  type Asset,
  AssetIdSchema,
  assetMimeTypesOf,
  type Media,
  MediaSchema,
  type SceneNode,
} from "../../../core";
import { AssetUpload } from "../forms/asset-upload";
import { errorIdOf } from "../forms/field-shell";
import { SelectField } from "../forms/select-field";
import { TextField } from "../forms/text-field";
import { useInspectorEnv } from "../inspector-env";
import { freshNode } from "../logic/fresh-read";
import { useAssetAttach } from "./use-asset-attach";
import { useNodeWriter } from "./use-node-writer";

const KIND_OPTIONS: { value: Media["kind"]; label: string }[] = [
  { value: "image", label: "Image" },
  { value: "audio", label: "Audio" },
  { value: "video", label: "Video" },
];

const ACCEPT: Record<Media["kind"], string> = {
  image: assetMimeTypesOf("image").join(","),
  audio: assetMimeTypesOf("audio").join(","),
  video: assetMimeTypesOf("video").join(","),
};
const ANY_MEDIA = `${ACCEPT.image},${ACCEPT.audio},${ACCEPT.video}`;

/** The media kind a stored file plays as, from its type. */
const kindOf = (asset: Asset): Media["kind"] | null => {
  const top = asset.mimeType.split("/")[0];
  return top === "image" || top === "audio" || top === "video" ? top : null;
};

const checkAssetId = (value: string) =>
  AssetIdSchema.safeParse(value).success
    ? null
    : "An asset id is “sha256-” followed by 64 lowercase hexadecimal digits.";

/** An image, audio or video shown with the scene, with its alternative text and transcript. */
export function MediaEditor({ node }: { node: SceneNode }) {
  const { doc, scenario } = useInspectorEnv();
  const write = useNodeWriter(node.id);
  const attach = useAssetAttach(node.id);
  const assets = scenario?.assets ?? [];
  const media = node.media;
  if (!media) return <AttachMedia node={node} />;

  /** Uses an uploaded file in the media as it is in the document now. */
  const attachTo = (asset: Asset, fields: (current: Media) => Partial<Media>) => {
    const fresh = freshNode(doc, node.id, "scene");
    if (!fresh?.media) return "This media is no longer there.";
    const current = fresh.media;
    return attach(asset, () => ({ media: { ...current, ...fields(current) } }));
  };

  const patch = (fields: Partial<Media>) => {
    const fresh = freshNode(doc, node.id, "scene");
    if (!fresh?.media) return "This media is no longer there.";
    return write.set({ media: { ...fresh.media, ...fields } });
  };
  const timed = media.kind !== "image";
  return (
    <div className="stack insp-stack">
      <SelectField
        label="Kind"
        value={media.kind}
        options={KIND_OPTIONS}
        onChange={(kind) => patch({ kind: kind as Media["kind"] })}
      />
      <TextField
        label="Asset id"
        value={media.assetId}
        validate={checkAssetId}
        hint={assetName(assets, media.assetId)}
        onCommit={(assetId) => patch({ assetId })}
        spellCheck={false}
      />
      <AssetUpload
        label="Replace the file…"
        accept={ANY_MEDIA}
        onUploaded={(asset) => {
          const kind = kindOf(asset);
          if (!kind) return "That file is not an image, audio or video.";
          return attachTo(asset, () => ({ assetId: asset.id, kind }));
        }}
      />
      <TextField
        label={timed ? "Short description" : "Alternative text"}
        value={media.alt}
        multiline
        rows={2}
        maxLength={MediaSchema.shape.alt.maxLength ?? 500}
        hint={timed ? undefined : "What the image shows, for learners who cannot see it."}
        onCommit={(alt) => patch({ alt })}
      />
      {timed && (
        <>
          <TextField
            label="Transcript"
            value={media.transcript}
            multiline
            rows={4}
            maxLength={20000}
            onCommit={(transcript) => patch({ transcript })}
          />
          <TextField
            label="Captions asset id"
            value={media.captionsAssetId ?? ""}
            validate={(v) => (v === "" ? null : checkAssetId(v))}
            hint="Optional: a WebVTT file stored as an asset."
            spellCheck={false}
            onCommit={(v) => patch({ captionsAssetId: v === "" ? null : v })}
          />
          <AssetUpload
            label="Upload captions (.vtt)…"
            accept={`.vtt,${assetMimeTypesOf("text").join(",")}`}
            onUploaded={(asset) =>
              asset.mimeType === "text/vtt"
                ? attachTo(asset, () => ({ captionsAssetId: asset.id }))
                : "Captions are a WebVTT (.vtt) file."
            }
          />
        </>
      )}
      <button
        type="button"
        className="button button--ghost button--danger"
        onClick={() => write.press({ media: null })}
      >
        Remove the media
      </button>
    </div>
  );
}

function assetName(
  assets: readonly { id: string; name: string }[],
  id: string,
): string | undefined {
  const asset = assets.find((a) => a.id === id);
  return asset ? `File: ${asset.name}` : undefined;
}

function AttachMedia({ node }: { node: SceneNode }) {
  const { scenario, editable } = useInspectorEnv();
  const write = useNodeWriter(node.id);
  const attachUploaded = useAssetAttach(node.id);
  const id = useId();
  const [kind, setKind] = useState<Media["kind"]>("image");
  const [assetId, setAssetId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const assets = scenario?.assets ?? [];
  const attach = () => {
    const problem = checkAssetId(assetId.trim());
    if (problem) {
      setError(problem);
      return;
    }
    const refused = write.set({
      media: { kind, assetId: assetId.trim(), alt: "", transcript: "", captionsAssetId: null },
    });
    setError(refused);
  };
  return (
    <div className="stack insp-stack">
      <p className="muted">No media.</p>
      <AssetUpload
        label="Upload an image, audio or video…"
        accept={ANY_MEDIA}
        onUploaded={(asset) => {
          const kind = kindOf(asset);
          if (!kind) return "That file is not an image, audio or video.";
          return attachUploaded(asset, () => ({
            media: { kind, assetId: asset.id, alt: "", transcript: "", captionsAssetId: null },
          }));
        }}
      />
      <p className="muted">Or attach a file the scenario already lists:</p>
      <div className="field insp-field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          value={kind}
          disabled={!editable}
          onChange={(event) => setKind(event.target.value as Media["kind"])}
        >
          {KIND_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field insp-field">
        <label htmlFor={`${id}-asset`}>Asset id</label>
        <input
          id={`${id}-asset`}
          type="text"
          list={assets.length > 0 ? `${id}-assets` : undefined}
          value={assetId}
          disabled={!editable}
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorIdOf(`${id}-asset`) : undefined}
          onChange={(event) => {
            setAssetId(event.target.value);
            setError(null);
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              attach();
            }
          }}
        />
        {assets.length > 0 && (
          <datalist id={`${id}-assets`}>
            {assets.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </datalist>
        )}
        {error && (
          <p id={errorIdOf(`${id}-asset`)} className="insp-field__error" role="alert">
            {error}
          </p>
        )}
      </div>
      <button type="button" className="button insp-add" disabled={!editable} onClick={attach}>
        Attach media
      </button>
    </div>
  );
}
