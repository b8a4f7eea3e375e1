import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../cli";
import { importCommand } from "../../cli/commands/import";
import { newScenario, writeScenario } from "../../core";
import { SqliteDocumentStore } from "../../server";
import { type InProcessServer, startInProcess } from "./support/in-process-server";

let dir: string;
let good: string;
let bad: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "forkline-cli-import-"));
  good = join(dir, "good.json");
  writeFileSync(good, writeScenario(newScenario({ id: "cli-imported", title: "From the CLI" })));
  const broken = JSON.parse(writeScenario(newScenario({ id: "cli-broken", title: "Broken" })));
  broken.settings.feedbackMode = "sometimes";
  bad = join(dir, "bad.json");
  writeFileSync(bad, JSON.stringify(broken));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(
    ["import", ...args],
    {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      cwd: dir,
    },
    [importCommand],
  );
  return { code, stdout, stderr };
}

describe("forkline import into a data directory", () => {
  it("stores a valid file and reports its id", async () => {
    const data = join(dir, "data");
    const res = await run([good, "--data-dir", data, "--json"]);
    expect(res.code).toBe(0);
    const report = JSON.parse(res.stdout);
    expect(report.imported).toMatchObject({ id: "cli-imported", title: "From the CLI" });
    const store = new SqliteDocumentStore(data);
    await store.open();
    expect((await store.getScenario("cli-imported"))?.title).toBe("From the CLI");
    await store.close();
  });

  it("exits 1 on an invalid file, naming the path, and writes nothing", async () => {
    const data = join(dir, "data-bad");
    const res = await run([bad, "--data-dir", data]);
    expect(res.code).toBe(1);
    expect(res.stdout).toContain("settings.feedbackMode");
    const store = new SqliteDocumentStore(data);
    await store.open();
    expect(
      (
        await store.listScenarios({
          sort: "updated",
          order: "desc",
          deleted: "include",
          limit: 10,
          offset: 0,
        })
      ).total,
    ).toBe(0);
    await store.close();
  });

  it("exits 2 on a missing file", async () => {
    const res = await run([join(dir, "nope.json"), "--data-dir", join(dir, "data")]);
    expect(res.code).toBe(2);
  });
});

describe("forkline import --server", () => {
  let s: InProcessServer;
  beforeAll(async () => {
    s = await startInProcess();
  });
  afterAll(async () => {
    await s.close();
  });

  it("imports through the REST API", async () => {
    const res = await run([good, "--server", s.url]);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/Imported "From the CLI" as cli-imported/);
    expect((await s.server.store.getScenario("cli-imported"))?.title).toBe("From the CLI");
  });

  it("passes on the server's refusal with the JSON path, exit 1", async () => {
    const res = await run([bad, "--server", s.url, "--json"]);
    expect(res.code).toBe(1);
    expect(
      JSON.parse(res.stdout).problems.some(
        (p: { path: string }) => p.path === "settings.feedbackMode",
      ),
    ).toBe(true);
  });

  it("exits 2 when the server cannot be reached", async () => {
    const res = await run([good, "--server", "http://127.0.0.1:9"]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain("cannot reach");
  });
});
