import type { Difficulty } from "../core";

/** Ids of the elements a boot page provides; see player/index.ts for the protocol. */
export const ROOT_ELEMENT_ID = "forkline-player";
export const SCENARIO_ELEMENT_ID = "forkline-scenario";
export const CONFIG_ELEMENT_ID = "forkline-config";

/** What an export puts in `<script type="application/json" id="forkline-config">`. */
export interface BootConfig {
  /** Options for the bundle's tracker, passed to its `createTracker` as they are. */
  tracker?: Record<string, unknown>;
  /** Asset id to URL (relative to the page, as packaged). */
  assets?: Record<string, string>;
  /** Plain-data player options. */
  player?: {
    difficulty?: Difficulty;
    seed?: number;
    startNodeId?: string;
    /** 0 skips the typing beat (tests, kiosk use). */
    typingMs?: number;
  };
}

const DIFFICULTY = new Set(["gentle", "standard", "challenge"]);

function record(value: unknown, where: string): Record<string, unknown> {
  if (value === undefined) return {};
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new Error(`${where} must be an object`);
  return value as Record<string, unknown>;
}

/**
 * Checks the page's config. Written by hand rather than with zod: zod would
 * more than double the player's gzipped size, and the config is a few flat
 * fields written by our own exporters.
 */
export function readBootConfig(json: unknown): BootConfig {
  const config = record(json, "the config");
  const assets: Record<string, string> = {};
  for (const [id, url] of Object.entries(record(config.assets, "config.assets"))) {
    if (typeof url !== "string") throw new Error(`config.assets["${id}"] must be a URL string`);
    assets[id] = url;
  }
  const given = record(config.player, "config.player");
  const player: NonNullable<BootConfig["player"]> = {};
  if (given.difficulty !== undefined) {
    if (!DIFFICULTY.has(given.difficulty as string))
      throw new Error("config.player.difficulty must be gentle, standard or challenge");
    player.difficulty = given.difficulty as Difficulty;
  }
  for (const key of ["seed", "typingMs"] as const) {
    const value = given[key];
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
      throw new Error(`config.player.${key} must be a number of at least 0`);
    player[key] = value;
  }
  if (given.startNodeId !== undefined) {
    if (typeof given.startNodeId !== "string")
      throw new Error("config.player.startNodeId must be a string");
    player.startNodeId = given.startNodeId;
  }
  return { tracker: record(config.tracker, "config.tracker"), assets, player };
}
