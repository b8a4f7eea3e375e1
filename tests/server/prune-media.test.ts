import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../cli";
import { pruneMediaCommand } from "../../cli/commands/prune-media";
import { newScenario } from "../../core";
import {
  assetIdOf,
  createLogger,
  importScenario,
  SqliteDocumentStore,
  sweepAssets,
} from "../../server";

const fileOf = (n: number) => {
  const data = Uint8Array.from({ length: 100 + n }, (_, i) => (i + n) % 256);
  return {
    id: assetIdOf(data),
    mimeType: "image/png",
    bytes: data.length,
    data,
  };
};

const listing = (file: ReturnType<typeof fileOf>, name: string) => ({
  id: file.id,
  name,
  mimeType: file.mimeType,
  bytes: file.bytes,
});

let dir = "";
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = "";
});

/** A data directory with a scenario listing `used`, a deleted one listing `inBin`, and `files` stored. */
async function dataDir(
  used: ReturnType<typeof fileOf>,
  inBin: ReturnType<typeof fileOf>,
  files: ReturnType<typeof fileOf>[],
) {
  dir = mkdtempSync(join(tmpdir(), "forkline-prune-"));
  const store = new SqliteDocumentStore(dir);
  await store.open();
  for (const f of files) await store.putAsset(f);
  await importScenario(store, {
    ...newScenario({ id: "with-photo", title: "With a photo" }),
    assets: [listing(used, "photo.png")],
  });
  const binned = await importScenario(store, {
    ...newScenario({ id: "binned", title: "Deleted, restorable" }),
    assets: [listing(inBin, "old.png")],
  });
  await store.setDeleted(binned.id, new Date());
  return store;
}

async function prune(args: string[]) {
  let stdout = "";
  const code = await runCli(
    ["prune-media", "--data-dir", dir, "--json", ...args],
    { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => {} }, cwd: dir },
    [pruneMediaCommand],
  );
  return { code, report: JSON.parse(stdout) };
}

describe("forkline prune-media", () => {
  it("marks unused files first, and deletes them only on a later run past the grace period", async () => {
    const [used, inBin, unused] = [fileOf(1), fileOf(2), fileOf(3)];
    const store = await dataDir(used, inBin, [used, inBin, unused]);
    await store.close();

    const first = await prune(["--grace-days", "0"]);
    expect(first.code).toBe(0);
    expect(first.report).toMatchObject({ inUse: 2, marked: [unused.id], deleted: [] });
    await new Promise((r) => setTimeout(r, 5));

    const dry = await prune(["--grace-days", "0", "--dry-run"]);
    expect(dry.report).toMatchObject({ dryRun: true, deleted: [unused.id], freedBytes: 103 });
    const patient = await prune(["--grace-days", "30"]);
    expect(patient.report).toMatchObject({ marked: [unused.id], deleted: [] });

    const second = await prune(["--grace-days", "0"]);
    expect(second.report).toMatchObject({ inUse: 2, marked: [], deleted: [unused.id] });
    expect(second.report.freedBytes).toBe(103);

    const check = new SqliteDocumentStore(dir);
    await check.open();
    try {
      expect(await check.getAsset(unused.id)).toBeNull();
      expect(await check.getAsset(used.id)).not.toBeNull();
      // A deleted scenario can be restored, so what it lists is kept.
      expect(await check.getAsset(inBin.id)).not.toBeNull();
    } finally {
      await check.close();
    }
  });

  it("keeps a marked file that a scenario lists again or that is uploaded again", async () => {
    const [used, inBin, relisted, reuploaded] = [fileOf(1), fileOf(2), fileOf(4), fileOf(5)];
    const store = await dataDir(used, inBin, [used, inBin, relisted, reuploaded]);
    const logger = createLogger("silent");
    try {
      const t0 = new Date();
      const first = await sweepAssets(store, { graceMs: 1_000, now: t0, logger });
      expect(first.marked.sort()).toEqual([relisted.id, reuploaded.id].sort());
      await importScenario(store, {
        ...newScenario({ id: "pasted", title: "Pasted the old photo" }),
        assets: [listing(relisted, "again.png")],
      });
      await store.putAsset(reuploaded);
      const later = new Date(t0.getTime() + 60_000);
      const second = await sweepAssets(store, { graceMs: 1_000, now: later, logger });
      expect(second.deleted).toEqual([]);
      expect(second.inUse).toBe(3);
      // The re-uploaded file was marked afresh (nobody lists it), the relisted one not at all.
      expect(second.marked).toEqual([reuploaded.id]);
      expect((await store.assetSweep.assetOrphanMarks()).get(reuploaded.id)).toEqual(later);
      expect(await store.getAsset(relisted.id)).not.toBeNull();
    } finally {
      await store.close();
    }
  });

  it("refuses a grace period that is not a number, and deletes nothing", async () => {
    const [used, inBin] = [fileOf(1), fileOf(2)];
    await (await dataDir(used, inBin, [used, inBin])).close();
    let stderr = "";
    const code = await runCli(
      ["prune-media", "--data-dir", dir, "--grace-days", "soon"],
      { stdout: { write: () => {} }, stderr: { write: (s: string) => (stderr += s) }, cwd: dir },
      [pruneMediaCommand],
    );
    expect(code).toBe(2);
    expect(stderr).toContain("--grace-days takes a number of days");
  });
});
