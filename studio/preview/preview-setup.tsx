import { type FormEvent, useId, useMemo, useRef, useState } from "react";
import { DIFFICULTIES, type Difficulty, type Scenario } from "../../core";
import type { PreviewStart } from "./preview-contract";
import {
  draftOf,
  MAX_SEED,
  parseSeed,
  parseVariables,
  type VariableDraft,
} from "./start-variables";
import { VariableField } from "./variable-field";

interface PreviewSetupProps {
  scenario: Scenario;
  /** The last setup used, so "Change setup" comes back to it. */
  initial: PreviewStart | null;
  /** The one node selected on the canvas, if any: offered as the place to start. */
  selectedNodeId: string | null;
  nodeName: (nodeId: string) => string;
  onStart: (start: PreviewStart) => void;
}

const LEVEL_TEXT: Record<Difficulty, string> = {
  gentle: "Gentle",
  standard: "Standard",
  challenge: "Challenge",
};
/** Variables beyond this many start folded away, so a long list does not bury the start button. */
const OPEN_VARIABLES = 12;

function draftFrom(scenario: Scenario, initial: PreviewStart | null): VariableDraft {
  const draft = draftOf(scenario.variables);
  if (!initial) return draft;
  for (const [name, value] of Object.entries(initial.variables))
    if (name in draft) draft[name] = typeof value === "boolean" ? value : String(value);
  return draft;
}

/** Where a preview starts, with which variables, level and shuffle seed; checked before it starts. */
export function PreviewSetup({
  scenario,
  initial,
  selectedNodeId,
  nodeName,
  onStart,
}: PreviewSetupProps) {
  const base = useId();
  const form = useRef<HTMLFormElement>(null);
  const startId = scenario.settings.startNodeId;
  const stops = useMemo(() => scenario.nodes.filter((n) => n.kind !== "note"), [scenario]);
  const [from, setFrom] = useState<"start" | "node">(
    initial?.startNodeId || !startId ? "node" : "start",
  );
  const [nodeId, setNodeId] = useState(
    initial?.startNodeId ?? selectedNodeId ?? startId ?? stops[0]?.id ?? "",
  );
  const [draft, setDraft] = useState(() => draftFrom(scenario, initial));
  const [difficulty, setDifficulty] = useState<Difficulty>(
    initial?.difficulty ?? scenario.settings.difficulty.initial,
  );
  const [seedText, setSeedText] = useState(String(initial?.seed ?? 1));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [varsOpen, setVarsOpen] = useState(scenario.variables.length <= OPEN_VARIABLES);
  const changed = parseVariables(scenario.variables, draft);
  const changedCount = changed.ok ? Object.keys(changed.values).length : null;

  const fieldId = (name: string) => `${base}-${name}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const variables = parseVariables(scenario.variables, draft);
    if (!variables.ok)
      for (const [name, error] of Object.entries(variables.errors)) found[`var-${name}`] = error;
    const seed = parseSeed(seedText);
    if (!seed.ok) found.seed = seed.error;
    if (from === "node" && !stops.some((n) => n.id === nodeId))
      found.node = "Pick a node to start from";
    if (from === "start" && !startId) found.node = "This scenario has no start node: pick one";
    setErrors(found);
    if (!variables.ok || !seed.ok || found.node) {
      if (!variables.ok) setVarsOpen(true);
      // Focus goes to the first field in error once it is on screen.
      requestAnimationFrame(() =>
        form.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus(),
      );
      return;
    }
    onStart({
      startNodeId: from === "node" ? nodeId : null,
      variables: variables.values,
      difficulty,
      seed: seed.seed,
    });
  };

  const errorId = (key: string) => `${base}-error-${key}`;
  const described = (key: string, hint?: string) =>
    [hint, errors[key] ? errorId(key) : null].filter(Boolean).join(" ") || undefined;

  return (
    <form ref={form} className="preview-setup" onSubmit={submit} noValidate>
      <fieldset className="preview-setup__group">
        <legend>Start from</legend>
        <label className="preview-setup__choice">
          <input
            type="radio"
            name={`${base}-from`}
            checked={from === "start"}
            onChange={() => setFrom("start")}
            disabled={!startId}
          />
          The scenario's start{startId ? ` (${nodeName(startId)})` : ": none set"}
        </label>
        <label className="preview-setup__choice">
          <input
            type="radio"
            name={`${base}-from`}
            checked={from === "node"}
            onChange={() => setFrom("node")}
          />
          Another node
        </label>
        <div className="field">
          <label htmlFor={fieldId("node")}>Node to start from</label>
          <select
            id={fieldId("node")}
            value={nodeId}
            disabled={from !== "node"}
            aria-invalid={errors.node ? true : undefined}
            aria-describedby={described("node")}
            onChange={(e) => setNodeId(e.target.value)}
          >
            {stops.map((n) => (
              <option key={n.id} value={n.id}>
                {nodeName(n.id)}
              </option>
            ))}
          </select>
          {selectedNodeId && selectedNodeId !== nodeId && (
            <button
              type="button"
              className="tools-link"
              onClick={() => {
                setFrom("node");
                setNodeId(selectedNodeId);
              }}
            >
              Use the node selected on the canvas ({nodeName(selectedNodeId)})
            </button>
          )}
          {errors.node && (
            <span id={errorId("node")} className="error-text">
              {errors.node}
            </span>
          )}
        </div>
      </fieldset>

      <div className="preview-setup__row">
        <div className="field">
          <label htmlFor={fieldId("level")}>Difficulty</label>
          <select
            id={fieldId("level")}
            value={difficulty}
            onChange={(e) => setDifficulty(e.target.value as Difficulty)}
          >
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {LEVEL_TEXT[d]}
                {d === scenario.settings.difficulty.initial ? " (the scenario's own)" : ""}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={fieldId("seed")}>Shuffle seed</label>
          <div className="preview-setup__seed">
            <input
              id={fieldId("seed")}
              inputMode="numeric"
              value={seedText}
              aria-invalid={errors.seed ? true : undefined}
              aria-describedby={described("seed", `${base}-seed-hint`)}
              onChange={(e) => setSeedText(e.target.value)}
            />
            <button
              type="button"
              className="button button--ghost"
              onClick={() => setSeedText(String(Math.floor(Math.random() * MAX_SEED)))}
            >
              New seed
            </button>
          </div>
          <span id={`${base}-seed-hint`} className="muted">
            The same seed shuffles options the same way.
          </span>
          {errors.seed && (
            <span id={errorId("seed")} className="error-text">
              {errors.seed}
            </span>
          )}
        </div>
      </div>

      {scenario.variables.length > 0 && (
        <details
          className="preview-setup__vars"
          open={varsOpen}
          onToggle={(e) => setVarsOpen(e.currentTarget.open)}
        >
          <summary>
            Variables ({scenario.variables.length}
            {changedCount ? `, ${changedCount} set by hand` : ""})
          </summary>
          <fieldset className="preview-setup__group">
            <legend className="visually-hidden">Variables at the start</legend>
            {scenario.variables.map((v) => (
              <VariableField
                key={v.name}
                id={fieldId(`var-${v.name}`)}
                variable={v}
                value={draft[v.name] ?? (v.type === "boolean" ? v.initial : "")}
                error={errors[`var-${v.name}`] ?? null}
                onChange={(value) => setDraft((d) => ({ ...d, [v.name]: value }))}
              />
            ))}
            <button
              type="button"
              className="button button--ghost"
              onClick={() => {
                setDraft(draftOf(scenario.variables));
                setErrors({});
              }}
            >
              Reset to the initial values
            </button>
          </fieldset>
        </details>
      )}

      <div className="preview-setup__actions">
        <button type="submit" className="button button--primary">
          Start preview
        </button>
      </div>
    </form>
  );
}
