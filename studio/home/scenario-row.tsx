import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { api } from "../api/api-client";
import type { ScenarioSummary } from "../api/api-schemas";
import { AppLink } from "../app/app-link";
import { editorPath } from "../app/route";
import { formatAbsolute, formatRelative, toDate } from "./format-time";

/** Tags shown on a row; the rest are counted. */
const MAX_TAGS = 5;

interface ScenarioRowProps {
  scenario: ScenarioSummary;
  onRename: (id: string, title: string) => Promise<void>;
  onDuplicate: (scenario: ScenarioSummary) => void;
  onDelete: (scenario: ScenarioSummary) => void;
}

export function ScenarioRow({ scenario, onRename, onDuplicate, onDelete }: ScenarioRowProps) {
  const [renaming, setRenaming] = useState(false);
  const updated = toDate(scenario.updatedAt ?? scenario.createdAt);
  const titleId = useId();
  return (
    <li className="scenario-row" aria-labelledby={titleId}>
      {renaming ? (
        <RenameForm
          title={scenario.title}
          onCancel={() => setRenaming(false)}
          onSave={async (title) => {
            await onRename(scenario.id, title);
            setRenaming(false);
          }}
        />
      ) : (
        <div className="scenario-row__main">
          <AppLink id={titleId} className="scenario-row__title" href={editorPath(scenario.id)}>
            {scenario.title || "Untitled scenario"}
          </AppLink>
          {scenario.summary && <p className="scenario-row__summary">{scenario.summary}</p>}
          <p className="scenario-row__facts muted">
            {scenario.nodeCount !== undefined && (
              <span>
                {scenario.nodeCount} {scenario.nodeCount === 1 ? "node" : "nodes"}
              </span>
            )}
            {updated && (
              <time dateTime={updated.toISOString()} title={formatAbsolute(updated)}>
                Edited {formatRelative(updated)}
              </time>
            )}
          </p>
          {scenario.tags && scenario.tags.length > 0 && (
            <ul className="scenario-row__tags" aria-label="Tags">
              {scenario.tags.slice(0, MAX_TAGS).map((tag) => (
                <li key={tag} className="tag-chip">
                  {tag}
                </li>
              ))}
              {scenario.tags.length > MAX_TAGS && (
                <li className="tag-chip tag-chip--more">+{scenario.tags.length - MAX_TAGS}</li>
              )}
            </ul>
          )}
        </div>
      )}
      {!renaming && (
        <div className="scenario-row__actions">
          <button
            type="button"
            className="button button--ghost"
            aria-label={`Rename ${scenario.title}`}
            onClick={() => setRenaming(true)}
          >
            Rename
          </button>
          <button
            type="button"
            className="button button--ghost"
            aria-label={`Duplicate ${scenario.title}`}
            onClick={() => onDuplicate(scenario)}
          >
            Duplicate
          </button>
          <a
            className="button button--ghost"
            href={api.exportUrl(scenario.id)}
            download
            aria-label={`Export ${scenario.title} as JSON`}
          >
            Export
          </a>
          <button
            type="button"
            className="button button--ghost button--danger"
            aria-label={`Delete ${scenario.title}`}
            onClick={() => onDelete(scenario)}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}

interface RenameFormProps {
  title: string;
  onSave: (title: string) => Promise<void>;
  onCancel: () => void;
}

function RenameForm({ title, onSave, onCancel }: RenameFormProps) {
  const [value, setValue] = useState(title);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => {
    input.current?.select();
  }, []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = value.trim();
    if (!next) {
      setError("A title cannot be empty.");
      return;
    }
    try {
      await onSave(next);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form className="rename-form" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        New title for {title}
      </label>
      <input
        id={id}
        ref={input}
        value={value}
        maxLength={200}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") {
            e.preventDefault();
            onCancel();
          }
        }}
        aria-invalid={error ? true : undefined}
      />
      <button type="submit" className="button button--primary">
        Save
      </button>
      <button type="button" className="button button--ghost" onClick={onCancel}>
        Cancel
      </button>
      {error && (
        <span className="error-text" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
