import { type FormEvent, useEffect, useId, useState } from "react";
import { api } from "../api/api-client";
import type { ApiError } from "../api/api-error";
import type { TemplateEntry } from "../api/api-schemas";
import { ModalDialog } from "../ui/modal-dialog";

interface NewScenarioDialogProps {
  open: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}

const BLANK = "";

export function NewScenarioDialog({ open, onClose, onCreated }: NewScenarioDialogProps) {
  const [templates, setTemplates] = useState<TemplateEntry[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [choice, setChoice] = useState(BLANK);
  const [title, setTitle] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();

  useEffect(() => {
    if (!open) return;
    setError(null);
    setBusy(false);
    api
      .templates()
      .then((list) => {
        setTemplates(list);
        setLoadError(null);
      })
      .catch((err: ApiError) => setLoadError(err.message));
  }, [open]);

  const chosen = templates?.find((t) => t.name === choice);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const finalTitle = title.trim() || chosen?.title || "Untitled scenario";
      const id = await api.create(finalTitle, choice || undefined);
      onCreated(id);
    } catch (err) {
      setError((err as ApiError).message);
      setBusy(false);
    }
  };

  return (
    <ModalDialog title="New scenario" open={open} onClose={onClose} className="new-scenario">
      <form onSubmit={submit} className="stack">
        <div className="field">
          <label htmlFor={titleId}>Title</label>
          <input
            id={titleId}
            value={title}
            placeholder={chosen?.title ?? "Untitled scenario"}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={200}
          />
        </div>
        <fieldset className="template-list">
          <legend>Start from</legend>
          <TemplateChoice
            name="template"
            value={BLANK}
            title="Blank scenario"
            summary="An empty canvas with the default skills and rubric."
            checked={choice === BLANK}
            onChange={setChoice}
          />
          {templates === null && !loadError && <p className="muted">Loading templates…</p>}
          {loadError && <p className="error-text">Templates could not be loaded: {loadError}</p>}
          {templates?.map((t) => (
            <TemplateChoice
              key={t.name}
              name="template"
              value={t.name}
              title={t.title}
              summary={t.summary}
              checked={choice === t.name}
              onChange={setChoice}
            />
          ))}
        </fieldset>
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        <div className="modal__actions">
          <button type="button" className="button button--ghost" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? "Creating…" : "Create scenario"}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

interface TemplateChoiceProps {
  name: string;
  value: string;
  title: string;
  summary: string;
  checked: boolean;
  onChange: (value: string) => void;
}

function TemplateChoice({ name, value, title, summary, checked, onChange }: TemplateChoiceProps) {
  const id = useId();
  return (
    <div className={`template-choice ${checked ? "is-checked" : ""}`}>
      <input
        type="radio"
        id={id}
        name={name}
        value={value}
        checked={checked}
        onChange={() => onChange(value)}
        aria-describedby={summary ? `${id}-summary` : undefined}
      />
      <label htmlFor={id}>
        <span className="template-choice__title">{title}</span>
        {summary && (
          <span id={`${id}-summary`} className="template-choice__summary">
            {summary}
          </span>
        )}
      </label>
    </div>
  );
}
