import { useCallback, useEffect, useRef, useState } from "react";
import { type ExportJobView, exportApi } from "./export-api";

/** Starts an export job and follows it until it is done or failed. */
export function useExportJob() {
  const [job, setJob] = useState<ExportJobView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const start = useCallback(
    async (scenarioId: string, format: string, options: Record<string, unknown>) => {
      setError(null);
      setJob(null);
      try {
        let current = await exportApi.start(scenarioId, format, options);
        if (alive.current) setJob(current);
        while (alive.current && (current.status === "queued" || current.status === "running")) {
          await new Promise((r) => setTimeout(r, 250));
          current = await exportApi.job(current.id);
          if (alive.current) setJob(current);
        }
      } catch (e) {
        if (alive.current) setError(e instanceof Error ? e.message : String(e));
      }
    },
    [],
  );

  const reset = useCallback(() => {
    setJob(null);
    setError(null);
  }, []);

  return { job, error, start, reset };
}
