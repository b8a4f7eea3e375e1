import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { api } from "./support/api";
import { type InProcessServer, startInProcess } from "./support/in-process-server";

let s: InProcessServer | null = null;
let dir = "";
afterEach(async () => {
  await s?.close();
  s = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = "";
});

async function finished(url: string, jobId: string) {
  for (let i = 0; i < 200; i++) {
    const res = await api(url).get(`/api/exports/${jobId}`);
    if (res.body.status === "done" || res.body.status === "failed") return res.body;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("the export job did not finish");
}

describe("export jobs in the store", () => {
  it("a finished export can still be downloaded after the server restarts", async () => {
    dir = mkdtempSync(join(tmpdir(), "forkline-exports-"));
    s = await startInProcess({ dataDir: dir });
    const created = await api(s.url).post("/api/scenarios", {
      title: "Kept",
      template: "sarcastic-customer",
    });
    const start = await api(s.url).post(`/api/scenarios/${created.body.id}/exports`, {
      format: "html",
    });
    expect(start.status).toBe(202);
    const done = await finished(s.url, start.body.id);
    expect(done.status).toBe("done");
    const before = await (await fetch(`${s.url}${done.download.url}`)).arrayBuffer();
    await s.close();

    s = await startInProcess({ dataDir: dir });
    const again = await api(s.url).get(`/api/exports/${start.body.id}`);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: "done", download: done.download });
    const after = await fetch(`${s.url}${done.download.url}`);
    expect(after.status).toBe(200);
    expect(Buffer.from(await after.arrayBuffer()).equals(Buffer.from(before))).toBe(true);
  });

  it("reports a job whose server stopped before it finished as failed, with a way forward", async () => {
    s = await startInProcess();
    const created = await api(s.url).post("/api/scenarios", { title: "Orphaned" });
    const jobId = "5f2b0c1e-8d1a-4c8e-9a53-1f7d2e3b4c5d";
    // What an instance that died mid-build leaves behind.
    await s.server.store.exportJobs.saveExportJob({
      id: jobId,
      scenarioId: created.body.id,
      format: "json",
      userId: "local",
      status: "running",
      progress: 0.4,
      message: "writing",
      diagnostics: [],
      error: null,
      createdAt: new Date(Date.now() - 3_600_000),
      finishedAt: null,
      output: null,
    });
    const res = await api(s.url).get(`/api/exports/${jobId}`);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("failed");
    expect(res.body.error).toMatch(/start it again/);
    expect(res.body.download).toBeNull();
    const download = await fetch(`${s.url}/api/exports/${jobId}/download`);
    expect(download.status).toBe(409);
  });
});
