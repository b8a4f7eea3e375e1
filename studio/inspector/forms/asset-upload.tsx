import { useEffect, useId, useRef, useState } from "react";
import type { Asset } from "../../../core";
import { uploadAsset } from "../../api/upload-asset";
import { useInspectorEnv } from "../inspector-env";
import "./asset-upload.css";

type Phase =
  | { kind: "idle" }
  | { kind: "sending"; name: string; fraction: number }
  | { kind: "failed"; message: string };

interface AssetUploadProps {
  /** The button's words ("Upload a file…"). */
  label: string;
  /** File types offered by the browser's picker, as in `<input accept>`. */
  accept: string;
  /** Uses the stored file; returns why that was refused, or null. */
  onUploaded: (asset: Asset) => string | null;
}

/**
 * A button that sends a chosen file to the server's asset store, with
 * progress and a way to cancel while it goes, and the server's reason when it
 * is refused (wrong kind of file, too large).
 */
export function AssetUpload({ label, accept, onUploaded }: AssetUploadProps) {
  const { editable } = useInspectorEnv();
  const input = useRef<HTMLInputElement>(null);
  const controller = useRef<AbortController | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const errorId = useId();

  useEffect(() => () => controller.current?.abort(), []);

  const send = async (file: File) => {
    const abort = new AbortController();
    controller.current = abort;
    setPhase({ kind: "sending", name: file.name, fraction: 0 });
    try {
      const asset = await uploadAsset(file, {
        signal: abort.signal,
        onProgress: (fraction) => setPhase({ kind: "sending", name: file.name, fraction }),
      });
      const refused = onUploaded(asset);
      setPhase(refused ? { kind: "failed", message: refused } : { kind: "idle" });
    } catch (error) {
      if (abort.signal.aborted) setPhase({ kind: "idle" });
      else setPhase({ kind: "failed", message: (error as Error).message });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  };

  const sending = phase.kind === "sending";
  return (
    <div className="asset-upload">
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) void send(file);
        }}
      />
      {sending ? (
        <div className="asset-upload__progress" role="status">
          <progress value={phase.fraction} max={1} aria-label={`Uploading ${phase.name}`} />
          <span>{`Uploading ${phase.name}… ${Math.round(phase.fraction * 100)}%`}</span>
          <button
            type="button"
            className="button button--ghost"
            onClick={() => controller.current?.abort()}
          >
            Cancel
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button button--ghost"
          disabled={!editable}
          aria-describedby={phase.kind === "failed" ? errorId : undefined}
          onClick={() => input.current?.click()}
        >
          {label}
        </button>
      )}
      {phase.kind === "failed" && (
        <p id={errorId} className="insp-field__error" role="alert">
          {phase.message}
        </p>
      )}
    </div>
  );
}
