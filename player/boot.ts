import type { Scenario } from "../core";
import {
  type BootConfig,
  CONFIG_ELEMENT_ID,
  ROOT_ELEMENT_ID,
  readBootConfig,
  SCENARIO_ELEMENT_ID,
} from "./boot-protocol";
import { renderRichText } from "./dom/render-rich-text";
import { createManualClock } from "./manual-clock";
import { mountPlayer } from "./mount-player";
import type { PlayerHandle } from "./player-options";
import type { Tracker, TrackerFactory } from "./tracker";

declare const __FORKLINE_VERSION__: string;

/** What a bundle puts on `window.Forkline`. */
export interface ForklineGlobal {
  version: string;
  mountPlayer: typeof mountPlayer;
  createManualClock: typeof createManualClock;
  renderRichText: typeof renderRichText;
  readBootConfig: typeof readBootConfig;
  /** The tracker factory this bundle was built with. */
  createTracker: TrackerFactory;
  /** The player the page booted, and its tracker, once mounted. */
  current: PlayerHandle | null;
  tracker: Tracker | null;
}

function readJson(id: string): unknown {
  const source = document.getElementById(id);
  if (!source) return undefined;
  return JSON.parse(source.textContent ?? "");
}

function showError(root: HTMLElement, message: string) {
  const p = document.createElement("p");
  p.setAttribute("role", "alert");
  p.textContent = message;
  root.replaceChildren(p);
}

/**
 * The bundle's start-up: exposes `window.Forkline`, then, once the document is
 * parsed, mounts the page's scenario with its config into `#forkline-player`.
 * A page without the scenario element only gets `window.Forkline`, so a host
 * can mount by hand.
 */
export function boot(createTracker: TrackerFactory): ForklineGlobal {
  const api: ForklineGlobal = {
    version: typeof __FORKLINE_VERSION__ === "string" ? __FORKLINE_VERSION__ : "dev",
    mountPlayer,
    createManualClock,
    renderRichText,
    readBootConfig,
    createTracker,
    current: null,
    tracker: null,
  };
  (globalThis as unknown as { Forkline: ForklineGlobal }).Forkline = api;

  const start = () => {
    const root = document.getElementById(ROOT_ELEMENT_ID);
    if (!root || !document.getElementById(SCENARIO_ELEMENT_ID)) return;
    let scenario: Scenario;
    let config: BootConfig;
    try {
      scenario = readJson(SCENARIO_ELEMENT_ID) as Scenario;
      if ((scenario as { format?: unknown })?.format !== "forkline.scenario")
        throw new Error("the page holds no Forkline scenario");
      config = readBootConfig(readJson(CONFIG_ELEMENT_ID));
    } catch (error) {
      showError(
        root,
        `This module could not start: ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }
    const tracker = createTracker(config.tracker ?? {});
    const assets = config.assets ?? {};
    api.tracker = tracker;
    api.current = mountPlayer(root, scenario, {
      ...config.player,
      tracker,
      assetUrl: (id) => (Object.hasOwn(assets, id) ? assets[id] : null),
    });
    // Save and close the session when the learner leaves; hidden tabs may never come back.
    addEventListener("pagehide", () => void api.current?.terminate());
  };
  if (document.readyState === "loading")
    document.addEventListener("DOMContentLoaded", start, { once: true });
  else start();
  return api;
}
