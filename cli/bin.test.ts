import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { supportCall } from "../tests/factories/support-call";

const BIN = fileURLToPath(new URL("../bin/forkline.mjs", import.meta.url));
let dir: string;

function forkline(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: dir, timeout: 30_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "forkline-bin-"));
  writeFileSync(join(dir, "scenario.json"), JSON.stringify(supportCall()));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("bin/forkline.mjs as a process", () => {
  it("validates, plays and reports exit codes through the real entry point", async () => {
    const validate = await forkline("validate", "scenario.json", "--json");
    expect(validate.code).toBe(0);
    expect(JSON.parse(validate.stdout)).toMatchObject({ file: "scenario.json", valid: true });

    const play = await forkline("play", "scenario.json", "--choose", "d1-strong,d2-fix,d3-close");
    expect(play.code).toBe(0);
    expect(play.stdout).toContain("Ending: Resolved (success, win)");

    const missing = await forkline("paths", "nowhere.json");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nowhere.json: no such file");

    const misfit = await forkline("play", "scenario.json", "--choose", "nope");
    expect(misfit.code).toBe(1);
    expect(misfit.stderr).toContain('"nope" is not available at decision 1');
  }, 60_000);
});
