import { useCallback, useEffect, useRef, useState } from "react";
import { api, type DeletedFilter, type ScenarioSort } from "../api/api-client";
import type { ApiError } from "../api/api-error";
import type { ScenarioSummary } from "../api/api-schemas";

export interface ScenarioListState {
  items: ScenarioSummary[];
  loading: boolean;
  error: ApiError | null;
  reload: () => void;
}

/** Loads the scenario list for a query; typing in search waits 200 ms before asking the server. */
export function useScenarioList(
  q: string,
  sort: ScenarioSort,
  deleted: DeletedFilter,
): ScenarioListState {
  const [items, setItems] = useState<ScenarioSummary[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);
  const request = useRef(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is a reload trigger
  useEffect(() => {
    const id = ++request.current;
    setLoading(true);
    const timer = window.setTimeout(
      () => {
        api
          .list({ q: q.trim(), sort, deleted })
          .then((list) => {
            if (id !== request.current) return;
            setItems(list);
            setError(null);
          })
          .catch((err: ApiError) => id === request.current && setError(err))
          .finally(() => id === request.current && setLoading(false));
      },
      q ? 200 : 0,
    );
    return () => window.clearTimeout(timer);
  }, [q, sort, deleted, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { items, loading, error, reload };
}
