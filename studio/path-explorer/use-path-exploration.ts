import { useCallback, useEffect, useState } from "react";
import type {
  CoverageReport,
  ExplorerSettings,
  PathsListing,
  PathsSummary,
} from "./explorer-protocol";
import type { ScenarioReplica } from "./scenario-replica";

export interface Exploration {
  /** The settings of the results shown (or being computed). */
  settings: ExplorerSettings;
  running: boolean;
  summary: PathsSummary | null;
  listing: PathsListing | null;
  coverage: CoverageReport | null;
  /** Milliseconds each part took in the worker. */
  timings: { summary?: number; paths?: number; coverage?: number };
  error: string | null;
  /** The document changed after these results were computed. */
  stale: boolean;
}

export const DEFAULT_SETTINGS: ExplorerSettings = { budget: 5_000, difficulty: null };

const idle = (settings: ExplorerSettings): Exploration => ({
  settings,
  running: false,
  summary: null,
  listing: null,
  coverage: null,
  timings: {},
  error: null,
  stale: false,
});

/** Runs the worker's path analyses and gathers their parts as they arrive; runs once on mount. */
export function usePathExploration(replica: ScenarioReplica) {
  const [exploration, setExploration] = useState<Exploration>(() => idle(DEFAULT_SETTINGS));

  const explore = useCallback(
    (settings: ExplorerSettings) => {
      setExploration({ ...idle(settings), running: true });
      replica.explore(
        settings,
        (part) =>
          setExploration((e) => {
            const timings = { ...e.timings, [part.type]: part.ms };
            switch (part.type) {
              case "summary":
                return { ...e, summary: part.summary, timings };
              case "paths":
                return { ...e, listing: part.listing, timings };
              case "coverage":
                return { ...e, coverage: part.coverage, timings, running: false };
            }
          }),
        (error) => setExploration((e) => ({ ...e, running: false, error })),
      );
    },
    [replica],
  );

  useEffect(() => {
    explore(DEFAULT_SETTINGS);
  }, [explore]);

  useEffect(
    () =>
      replica.subscribeChanges(() =>
        setExploration((e) => (e.stale || (!e.summary && !e.running) ? e : { ...e, stale: true })),
      ),
    [replica],
  );

  return { exploration, explore };
}
