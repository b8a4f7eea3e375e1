import { memo, useEffect, useRef } from "react";
import type { RunState, Scenario, View } from "../../core";
import { createLocalTracker, type LocalTrackerEvent, mountPlayer } from "../../player";
import { assetUrl } from "../api/upload-asset";
import type { PreviewStart } from "./preview-contract";
// The built player's own style sheet: the preview looks exactly like an export.
import "../../dist/player/forkline-player.css";

interface PlayerViewProps {
  scenario: Scenario;
  start: PreviewStart;
  /** A finished or partial run to show instead of a fresh start (a path picked in the explorer). */
  run: RunState | null;
  onState: (state: RunState, view: View) => void;
  onEvents: (events: readonly LocalTrackerEvent[]) => void;
  onError: (message: string) => void;
}

/**
 * The learner's player, mounted as it is (the same DOM renderer and engine an
 * export runs), with the local tracker so the preview can show what an LMS
 * would receive. A new scenario, start or run mounts it afresh: the parent
 * restarts a run by changing its key.
 */
export const PlayerView = memo(function PlayerView({
  scenario,
  start,
  run,
  onState,
  onEvents,
  onError,
}: PlayerViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const callbacks = useRef({ onState, onEvents, onError });
  callbacks.current = { onState, onEvents, onError };

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const tracker = createLocalTracker({
      onEvent: (_event, events) => callbacks.current.onEvents([...events]),
    });
    const listed = new Set(scenario.assets.map((a) => a.id));
    const handle = mountPlayer(element, scenario, {
      tracker,
      // As in an export: only files the scenario lists, here served by the studio's server.
      assetUrl: (id) => (listed.has(id) ? assetUrl(id) : null),
      difficulty: start.difficulty,
      seed: start.seed,
      ...(start.startNodeId !== null ? { startNodeId: start.startNodeId } : {}),
      ...(Object.keys(start.variables).length > 0 ? { variables: start.variables } : {}),
      onState: (state, view) => callbacks.current.onState(state, view),
      onError: (error) =>
        callbacks.current.onError(error instanceof Error ? error.message : String(error)),
    });
    if (run)
      void handle.ready.then(() => {
        try {
          handle.setState(run);
        } catch (error) {
          callbacks.current.onError(error instanceof Error ? error.message : String(error));
        }
      });
    return () => handle.destroy();
  }, [scenario, start, run]);

  return <div ref={host} className="preview-player" />;
});
