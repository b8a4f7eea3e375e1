/**
 * The public surface of `player`: the learner's runtime, a small DOM renderer
 * over core's engine. The studio's preview mounts it with `mountPlayer`;
 * exporters build pages for it with `buildBootPage`.
 *
 * ## Boot protocol (what an exported page contains)
 *
 * The build (player/vite.config.ts) writes one self-contained IIFE per tracker
 * to `dist/player/forkline-player-<tracker>.js` plus `forkline-player.css`. A
 * page that runs one of them provides, in this order:
 *
 * 1. an element `#forkline-player` to mount into;
 * 2. `<script type="application/json" id="forkline-scenario">`: the scenario
 *    as JSON (already validated by the exporter);
 * 3. `<script type="application/json" id="forkline-config">`: a BootConfig,
 *    `{ tracker?: {...}, assets?: { [assetId]: url }, player?: { difficulty?,
 *    seed?, startNodeId?, typingMs? } }`; `tracker` goes as it is to the
 *    bundle's tracker factory;
 * 4. the bundle, inline or by `src`.
 *
 * JSON in both script elements has `<`, `>`, `&`, U+2028 and U+2029 escaped
 * (`jsonForScript`), so scenario text can never close the element.
 * On DOMContentLoaded (or at once if the document is already parsed) the bundle
 * sets `window.Forkline = { version, mountPlayer, createManualClock,
 * renderRichText, readBootConfig, createTracker, current, tracker }`, reads
 * both elements, creates the tracker from `config.tracker`, mounts the player
 * into `#forkline-player` (the handle becomes `Forkline.current`) and, on
 * `pagehide`, saves the run and terminates the tracker. A page without
 * `#forkline-scenario` only gets `window.Forkline`, to mount by hand.
 * `buildBootPage` writes such a page.
 *
 * ## Adding a tracker
 *
 * Add `player/trackers/<kind>.ts` (kind from TRACKER_KINDS) exporting
 * `createTracker: TrackerFactory`. The build finds it by file name and emits
 * `forkline-player-<kind>.js`; nothing else needs registering.
 */

export type { BootPageInput } from "./boot-page";
export { buildBootPage, escapeHtml, jsonForScript } from "./boot-page";
export type { BootConfig } from "./boot-protocol";
export {
  CONFIG_ELEMENT_ID,
  ROOT_ELEMENT_ID,
  readBootConfig,
  SCENARIO_ELEMENT_ID,
} from "./boot-protocol";
export type { Clock } from "./clock";
export { systemClock } from "./clock";
export type { RichTextOptions } from "./dom/render-rich-text";
export { renderRichText } from "./dom/render-rich-text";
export type { ManualClock } from "./manual-clock";
export { createManualClock } from "./manual-clock";
export type { Messages } from "./messages";
export { MESSAGES } from "./messages";
export { messagesFor, PLAYER_LANGUAGES } from "./messages-for";
export { mountPlayer } from "./mount-player";
export type { PlayerHandle, PlayerOptions } from "./player-options";
export type {
  Tracker,
  TrackerChoice,
  TrackerFactory,
  TrackerStartInfo,
  TrackerStartResult,
} from "./tracker";
export type { PlayerTrackerKind } from "./tracker-kinds";
export { TRACKER_KINDS } from "./tracker-kinds";
export type { LocalTracker, LocalTrackerEvent, LocalTrackerOptions } from "./trackers/local";
export { createLocalTracker } from "./trackers/local";
export { createTracker as createNoneTracker } from "./trackers/none";
