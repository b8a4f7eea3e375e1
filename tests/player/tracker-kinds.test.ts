import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { TrackerKind } from "../../exporters";
import { type PlayerTrackerKind, TRACKER_KINDS } from "../../player";

// Compile-time: the player's list and the exporters' TrackerKind name the same trackers.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same: Same<PlayerTrackerKind, TrackerKind> = true;

const dist = new URL("../../dist/player/", import.meta.url).pathname;

describe("player bundles", () => {
  it("exist for every tracker whose source exists, with the marker written last", () => {
    expect(same).toBe(true);
    const marker = JSON.parse(readFileSync(`${dist}.built`, "utf8"));
    const sources = TRACKER_KINDS.filter((k) =>
      existsSync(new URL(`../../player/trackers/${k}.ts`, import.meta.url)),
    );
    expect(marker.trackers).toEqual(sources);
    for (const kind of sources) expect(existsSync(`${dist}forkline-player-${kind}.js`)).toBe(true);
    expect(existsSync(`${dist}forkline-player.css`)).toBe(true);
  });

  it("are self-contained scripts that only define window.Forkline", () => {
    const js = readFileSync(`${dist}forkline-player-none.js`, "utf8");
    expect(js).not.toMatch(/\bimport\s*\(|\bimport\s+[{*\w]|\brequire\(/);
    expect(js).not.toContain("ZodType");
  });
});
