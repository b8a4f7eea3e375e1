import { useEffect, useMemo, useState } from "react";
import type { Scenario } from "../../core";
import { BUILTIN_EXPORTERS, diagnoseExport, type ExportDiagnostic } from "../../exporters";
import { ModalDialog } from "../ui/modal-dialog";
import { type ExporterInfo, exportApi } from "./export-api";
import { OptionFieldInput } from "./option-field-input";
import { useExportJob } from "./use-export-job";
import "./export-dialog.css";

interface ExportDialogProps {
  open: boolean;
  onClose: () => void;
  scenarioId: string;
  /** The scenario as it is now, for the diagnostics shown before building. */
  readScenario: () => Scenario | null;
}

function defaults(info: ExporterInfo): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of info.options) if (f.default !== undefined) out[f.key] = f.default;
  return out;
}

/**
 * Export: pick a format, fill its options (the form is generated from the
 * exporter's options schema), read the diagnostics, then build on the server
 * and download. Diagnostics come from the exporter's own `validate`, run here
 * for the built-in formats; a format only the server knows is checked when it builds.
 */
export function ExportDialog({ open, onClose, scenarioId, readScenario }: ExportDialogProps) {
  const [exporters, setExporters] = useState<ExporterInfo[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [format, setFormat] = useState<string>("");
  const [options, setOptions] = useState<Record<string, unknown>>({});
  const { job, error, start, reset } = useExportJob();

  useEffect(() => {
    if (!open || exporters) return;
    exportApi.exporters().then(
      (list) => {
        setExporters(list);
        const first = list.find((e) => e.id === "scorm2004") ?? list[0];
        if (first) {
          setFormat(first.id);
          setOptions(defaults(first));
        }
      },
      (e: Error) => setLoadError(e.message),
    );
  }, [open, exporters]);

  const info = exporters?.find((e) => e.id === format) ?? null;
  const diagnostics = useMemo((): ExportDiagnostic[] | null => {
    const local = BUILTIN_EXPORTERS.find((e) => e.id === format);
    const scenario = open ? readScenario() : null;
    if (!local || !scenario) return null;
    try {
      return diagnoseExport(local, scenario, options);
    } catch (e) {
      return [
        {
          code: "invalid-options",
          severity: "error",
          message: e instanceof Error ? e.message : String(e),
        },
      ];
    }
  }, [format, options, open, readScenario]);
  const blocked = diagnostics?.some((d) => d.severity === "error") ?? false;
  const busy = job?.status === "queued" || job?.status === "running";
  const shown =
    job?.status === "failed" && job.diagnostics.length > 0 ? job.diagnostics : diagnostics;

  return (
    <ModalDialog title="Export" open={open} onClose={onClose} className="export-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!blocked && !busy && format) void start(scenarioId, format, options);
        }}
      >
        {loadError && <p role="alert">{loadError}</p>}
        {!exporters && !loadError && <p role="status">Loading formats…</p>}
        {exporters && (
          <div className="field">
            <label htmlFor="export-format">Format</label>
            <select
              id="export-format"
              value={format}
              onChange={(e) => {
                const next = exporters.find((x) => x.id === e.target.value);
                setFormat(e.target.value);
                setOptions(next ? defaults(next) : {});
                reset();
              }}
            >
              {exporters.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.label}
                </option>
              ))}
            </select>
          </div>
        )}
        {info && info.options.length > 0 && (
          <fieldset className="export-dialog__options">
            <legend>Options</legend>
            {info.options.map((field) => (
              <OptionFieldInput
                key={`${format}:${field.key}`}
                field={field}
                value={options[field.key]}
                onChange={(value) => {
                  setOptions((o) => ({ ...o, [field.key]: value }));
                  reset();
                }}
              />
            ))}
          </fieldset>
        )}
        <section aria-labelledby="export-checks" className="export-dialog__checks">
          <h3 id="export-checks">Checks</h3>
          {shown === null ? (
            <p>This format is checked on the server when it builds.</p>
          ) : shown.length === 0 ? (
            <p>No problems found.</p>
          ) : (
            <ul>
              {shown.map((d) => (
                <li
                  key={`${d.code}:${d.nodeId ?? ""}:${d.message}`}
                  className={`export-dialog__diagnostic export-dialog__diagnostic--${d.severity}`}
                >
                  <strong>
                    {d.severity === "error"
                      ? "Error"
                      : d.severity === "warning"
                        ? "Warning"
                        : "Note"}
                    :
                  </strong>{" "}
                  {d.message}
                </li>
              ))}
            </ul>
          )}
        </section>
        {job && (
          <div className="export-dialog__job" role="status" aria-live="polite">
            {busy && (
              <>
                <progress max={1} value={job.progress} aria-label="Export progress" /> {job.message}
              </>
            )}
            {job.status === "done" && job.download && (
              <a
                className="button button--primary"
                href={job.download.url}
                download={job.download.fileName}
              >
                Download {job.download.fileName} (
                {Math.max(1, Math.round(job.download.bytes / 1024))} KB)
              </a>
            )}
            {job.status === "failed" && <p role="alert">Export failed: {job.error}</p>}
          </div>
        )}
        {error && <p role="alert">{error}</p>}
        <div className="export-dialog__actions">
          <button type="button" className="button button--ghost" onClick={onClose}>
            Close
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={!format || blocked || busy}
          >
            {busy ? "Building…" : "Build package"}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
