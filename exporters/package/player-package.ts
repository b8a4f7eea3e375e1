import type { Scenario } from "../../core";
import { type BootConfig, buildBootPage } from "../../player";
import type { ExportContext, ExportFiles, TrackerKind } from "../contract";
import { assetPath, dataUrl, scenarioAssets } from "./asset-files";
import { contentSecurityPolicyFor } from "./content-security-policy";
import { learnerScenario } from "./learner-scenario";
import { utf8 } from "./utf8";

export class MissingRuntimeError extends Error {
  constructor(readonly tracker: TrackerKind) {
    super(
      `the player runtime for the "${tracker}" tracker was not supplied (build the player first)`,
    );
    this.name = "MissingRuntimeError";
  }
}

export interface PlayerPackageInput {
  scenario: Scenario;
  context: ExportContext;
  tracker: TrackerKind;
  trackerOptions: Record<string, unknown>;
  title?: string;
}

/** The launch page every package opens. */
export const LAUNCH_FILE = "index.html";
export const PLAYER_JS = "forkline-player.js";
export const PLAYER_CSS = "forkline-player.css";

function runtimeFor(context: ExportContext, tracker: TrackerKind): string {
  const js = context.runtime.js[tracker];
  if (typeof js !== "string" || js.length === 0) throw new MissingRuntimeError(tracker);
  return js;
}

/**
 * The player as package files: the launch page, the player script and
 * stylesheet beside it, and the assets under assets/. Paths are returned
 * sorted, ready for a manifest's file list.
 */
export function playerPackageFiles(input: PlayerPackageInput): ExportFiles {
  const { context, tracker } = input;
  const scenario = learnerScenario(input.scenario);
  const files: ExportFiles = new Map();
  const assets: Record<string, string> = {};
  for (const { asset, bytes } of scenarioAssets(scenario, context)) {
    const path = assetPath(asset);
    files.set(path, bytes);
    assets[asset.id] = path;
  }
  const config: BootConfig = { tracker: input.trackerOptions, assets };
  const page = buildBootPage({
    scenario,
    js: { src: PLAYER_JS },
    css: { href: PLAYER_CSS },
    config,
    contentSecurityPolicy: contentSecurityPolicyFor(tracker, false),
    ...(input.title ? { title: input.title } : {}),
  });
  files.set(LAUNCH_FILE, utf8(page));
  files.set(PLAYER_JS, utf8(runtimeFor(context, tracker)));
  files.set(PLAYER_CSS, utf8(context.runtime.css));
  return files;
}

/** The player as one HTML file: script, styles, scenario and assets (as data: URLs) inline. */
export function singleFilePlayer(input: PlayerPackageInput): string {
  const { context, tracker } = input;
  const scenario = learnerScenario(input.scenario);
  const assets: Record<string, string> = {};
  for (const { asset, bytes } of scenarioAssets(scenario, context)) {
    assets[asset.id] = dataUrl(asset.mimeType, bytes);
  }
  return buildBootPage({
    scenario,
    js: runtimeFor(context, tracker),
    css: context.runtime.css,
    config: { tracker: input.trackerOptions, assets },
    contentSecurityPolicy: contentSecurityPolicyFor(tracker, true),
    ...(input.title ? { title: input.title } : {}),
  });
}
