import { type ChangeEvent, useState } from "react";
import { api } from "../api/api-client";
import { ApiError, type ApiIssue } from "../api/api-error";

export interface ImportFailure {
  fileName: string;
  message: string;
  issues: readonly ApiIssue[];
}

interface ImportButtonProps {
  onImported: (id: string) => void;
  onFailed: (failure: ImportFailure) => void;
}

/** The file input itself stays focusable (visually hidden) so keyboard users pick a file as usual. */
export function ImportButton({ onImported, onFailed }: ImportButtonProps) {
  const [busy, setBusy] = useState(false);
  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    setBusy(true);
    try {
      const id = await importFile(file);
      onImported(id);
    } catch (err) {
      onFailed(describeFailure(file.name, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <label className={`button ${busy ? "is-busy" : ""}`}>
      <input
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        onChange={onChange}
        disabled={busy}
      />
      {busy ? "Importing…" : "Import JSON…"}
    </label>
  );
}

async function importFile(file: File): Promise<string> {
  if (file.size === 0) throw new ApiError(0, "empty", "This file is empty.");
  return api.importScenario(await file.text());
}

function describeFailure(fileName: string, err: unknown): ImportFailure {
  if (err instanceof ApiError) return { fileName, message: err.message, issues: err.issues };
  return { fileName, message: String(err), issues: [] };
}
