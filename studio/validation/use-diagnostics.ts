import { useEffect, useSyncExternalStore } from "react";
import type { AnalysisMirror, DiagnosticsState } from "./analysis-mirror";

export type { DiagnosticsState } from "./analysis-mirror";

/** The mirror's diagnostics; analysis starts when the document has synced. */
export function useDiagnostics(
  mirror: AnalysisMirror,
  synced: boolean,
  withScenario: boolean,
): DiagnosticsState {
  useEffect(() => {
    if (synced) mirror.start();
  }, [mirror, synced]);
  useEffect(() => {
    mirror.wantScenario(withScenario);
  }, [mirror, withScenario]);
  return useSyncExternalStore(mirror.subscribe, () => mirror.state);
}
