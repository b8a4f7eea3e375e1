import { useEffect, useId, useState } from "react";
import { api, type ScenarioSort } from "../api/api-client";
import type { ApiError } from "../api/api-error";
import type { ScenarioSummary } from "../api/api-schemas";
import { navigate } from "../app/navigate";
import { editorPath } from "../app/route";
import { useToast } from "../ui/toast";
import { HomeHeader } from "./home-header";
import { ImportButton, type ImportFailure } from "./import-button";
import { ImportError } from "./import-error";
import { NewScenarioDialog } from "./new-scenario-dialog";
import { ScenarioRow } from "./scenario-row";
import { useScenarioList } from "./use-scenario-list";
import "./home.css";

const SORTS: { value: ScenarioSort; label: string }[] = [
  { value: "updated", label: "Last edited" },
  { value: "created", label: "Newest" },
  { value: "title", label: "Title" },
];

export function HomeScreen() {
  const [q, setQ] = useState("");
  const [sort, setSort] = useState<ScenarioSort>("updated");
  const [creating, setCreating] = useState(false);
  const [importFailure, setImportFailure] = useState<ImportFailure | null>(null);
  const list = useScenarioList(q, sort, "exclude");
  const toast = useToast();
  const searchId = useId();
  const sortId = useId();

  useEffect(() => {
    document.title = "Scenarios · Forkline";
  }, []);

  const fail = (err: unknown) => toast({ message: (err as ApiError).message, tone: "error" });

  const remove = async (scenario: ScenarioSummary) => {
    try {
      await api.remove(scenario.id);
      list.reload();
      toast({
        message: `Deleted “${scenario.title}”.`,
        action: {
          label: "Undo",
          run: () => {
            api.restore(scenario.id).then(list.reload, fail);
          },
        },
      });
    } catch (err) {
      fail(err);
    }
  };

  const duplicate = async (scenario: ScenarioSummary) => {
    try {
      await api.duplicate(scenario.id);
      list.reload();
      toast({ message: `Duplicated “${scenario.title}”.` });
    } catch (err) {
      fail(err);
    }
  };

  const rename = async (id: string, title: string) => {
    await api.rename(id, title);
    list.reload();
  };

  const empty = !list.loading && !list.error && list.items.length === 0;
  return (
    <div className="page">
      <HomeHeader view="home" />
      <main className="home" id="main">
        <div className="home__title-row">
          <h1>Scenarios</h1>
          <div className="home__create">
            <button
              type="button"
              className="button button--primary"
              onClick={() => setCreating(true)}
            >
              New scenario
            </button>
            <ImportButton
              onImported={(id) => {
                setImportFailure(null);
                navigate(editorPath(id));
              }}
              onFailed={setImportFailure}
            />
          </div>
        </div>
        {importFailure && (
          <ImportError failure={importFailure} onDismiss={() => setImportFailure(null)} />
        )}
        <search className="home__toolbar">
          <div className="field field--inline">
            <label htmlFor={searchId}>Search</label>
            <input
              id={searchId}
              type="search"
              value={q}
              placeholder="Title or text"
              onChange={(e) => setQ(e.target.value)}
            />
          </div>
          <div className="field field--inline">
            <label htmlFor={sortId}>Sort by</label>
            <select
              id={sortId}
              value={sort}
              onChange={(e) => setSort(e.target.value as ScenarioSort)}
            >
              {SORTS.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
        </search>
        {list.error && (
          <p className="error-text" role="alert">
            The list could not be loaded: {list.error.message}{" "}
            <button type="button" className="button button--ghost" onClick={list.reload}>
              Try again
            </button>
          </p>
        )}
        {empty && q.trim() === "" && (
          <div className="empty-state">
            <h2>No scenarios yet</h2>
            <p>
              Start with <strong>New scenario</strong> to pick a template or a blank canvas, or
              bring in a scenario file with <strong>Import JSON</strong>.
            </p>
          </div>
        )}
        {empty && q.trim() !== "" && (
          <div className="empty-state">
            <h2>No scenario matches “{q.trim()}”</h2>
            <p>Try another word, or clear the search to see every scenario.</p>
          </div>
        )}
        {list.items.length > 0 && (
          <ul className="scenario-list" aria-label="Scenarios" aria-busy={list.loading}>
            {list.items.map((scenario) => (
              <ScenarioRow
                key={scenario.id}
                scenario={scenario}
                onRename={rename}
                onDuplicate={duplicate}
                onDelete={remove}
              />
            ))}
          </ul>
        )}
      </main>
      <NewScenarioDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          navigate(editorPath(id));
        }}
      />
    </div>
  );
}
