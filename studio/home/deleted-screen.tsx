import { useEffect } from "react";
import { api } from "../api/api-client";
import type { ApiError } from "../api/api-error";
import type { ScenarioSummary } from "../api/api-schemas";
import { useToast } from "../ui/toast";
import { formatAbsolute, formatRelative, toDate } from "./format-time";
import { HomeHeader } from "./home-header";
import { useScenarioList } from "./use-scenario-list";
import "./home.css";

export function DeletedScreen() {
  const list = useScenarioList("", "updated", "only");
  const toast = useToast();
  useEffect(() => {
    document.title = "Recently deleted · Forkline";
  }, []);
  const restore = async (scenario: ScenarioSummary) => {
    try {
      await api.restore(scenario.id);
      list.reload();
      toast({ message: `Restored “${scenario.title}”.` });
    } catch (err) {
      toast({ message: (err as ApiError).message, tone: "error" });
    }
  };
  const empty = !list.loading && !list.error && list.items.length === 0;
  return (
    <div className="page">
      <HomeHeader view="deleted" />
      <main className="home" id="main">
        <div className="home__title-row">
          <h1>Recently deleted</h1>
        </div>
        <p className="muted">Deleted scenarios stay here until they are restored.</p>
        {list.error && (
          <p className="error-text" role="alert">
            The list could not be loaded: {list.error.message}
          </p>
        )}
        {empty && (
          <div className="empty-state">
            <h2>Nothing deleted</h2>
            <p>Scenarios you delete from the list appear here, ready to be restored.</p>
          </div>
        )}
        {list.items.length > 0 && (
          <ul className="scenario-list" aria-label="Deleted scenarios">
            {list.items.map((scenario) => {
              const deleted = toDate(scenario.deletedAt ?? scenario.updatedAt);
              return (
                <li key={scenario.id} className="scenario-row">
                  <div className="scenario-row__main">
                    <span className="scenario-row__title">{scenario.title}</span>
                    {deleted && (
                      <time
                        className="muted"
                        dateTime={deleted.toISOString()}
                        title={formatAbsolute(deleted)}
                      >
                        Deleted {formatRelative(deleted)}
                      </time>
                    )}
                  </div>
                  <div className="scenario-row__actions">
                    <button
                      type="button"
                      className="button"
                      aria-label={`Restore ${scenario.title}`}
                      onClick={() => restore(scenario)}
                    >
                      Restore
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </main>
    </div>
  );
}
