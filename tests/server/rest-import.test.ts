import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newScenario, writeScenario } from "../../core";
import { api } from "./support/api";
import { type InProcessServer, startInProcess } from "./support/in-process-server";

let s: InProcessServer;
let http: ReturnType<typeof api>;

beforeAll(async () => {
  s = await startInProcess({ env: { FORKLINE_MAX_IMPORT_BYTES: "200000" } });
  http = api(s.url);
});
afterAll(async () => {
  await s.close();
});

/** Row counts straight from the SQLite file, to prove a refused import wrote nothing. */
function counts(): { scenarios: number; documents: number; updates: number } {
  const db = new Database(join(s.dataDir, "forkline.sqlite"), { readonly: true });
  try {
    const n = (table: string) =>
      (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { scenarios: n("scenarios"), documents: n("documents"), updates: n("updates") };
  } finally {
    db.close();
  }
}

const file = (id: string, title: string) => writeScenario(newScenario({ id, title }));

describe("POST /api/scenarios/import", () => {
  it("imports a valid file, keeping its id, and exports it back unchanged", async () => {
    const text = file("imported-one", "Imported");
    const res = await http.post("/api/scenarios/import", text);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: "imported-one", title: "Imported", migratedFrom: null });
    const exported = await fetch(`${s.url}/api/scenarios/imported-one/export.json`);
    expect(await exported.text()).toBe(text);
  });

  it("gives a second import of the same file a fresh id", async () => {
    const text = file("imported-twice", "Twice");
    const first = await http.post("/api/scenarios/import", text);
    const second = await http.post("/api/scenarios/import", text);
    expect(first.body.id).toBe("imported-twice");
    expect(second.status).toBe(201);
    expect(second.body.id).not.toBe("imported-twice");
    const exported = await http.get(`/api/scenarios/${second.body.id}/export.json`);
    expect(exported.body.meta.id).toBe(second.body.id);
  });

  it("refuses an invalid file with 422 naming the JSON path, and writes nothing", async () => {
    const before = counts();
    const broken = JSON.parse(file("broken", "Broken"));
    const decision = broken.nodes.find((n: { kind: string }) => n.kind === "decision");
    decision.options[0].quality = "excellent";
    const res = await http.post("/api/scenarios/import", broken);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("invalid_scenario");
    expect(
      res.body.error.issues.some((i: { path: string }) =>
        /^nodes\[\d+\]\.options\[0\]\.quality$/.test(i.path),
      ),
    ).toBe(true);
    expect(res.body.error.message).toContain("quality");
    expect(counts()).toEqual(before);
    expect((await http.get("/api/scenarios/broken")).status).toBe(404);
  });

  it("refuses a file from a newer Forkline, and one that is not JSON, writing nothing", async () => {
    const before = counts();
    const newer = { ...JSON.parse(file("newer", "Newer")), version: 99 };
    const res = await http.post("/api/scenarios/import", newer);
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/version|newer/i);
    const garbage = await http.post("/api/scenarios/import", '{"format": "forkline.scenario",');
    expect(garbage.status).toBe(422);
    expect(garbage.body.error.message).toMatch(/JSON/);
    expect(counts()).toEqual(before);
  });

  it("refuses a file over the size limit with 413, writing nothing", async () => {
    const before = counts();
    const big = JSON.parse(file("big", "Big"));
    big.meta.source = "x".repeat(300_000);
    const res = await http.post("/api/scenarios/import", big);
    expect(res.status).toBe(413);
    expect(counts()).toEqual(before);
  });
});
