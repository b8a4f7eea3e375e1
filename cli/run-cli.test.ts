import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { supportCall } from "../tests/factories/support-call";
import { runCli } from "./index";

let dir: string;

async function run(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(argv, {
    stdout: { write: (s: string) => stdout.push(s) },
    stderr: { write: (s: string) => stderr.push(s) },
    cwd: dir,
  });
  return { code, stdout: stdout.join(""), stderr: stderr.join("") };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "forkline-cli-"));
  const good = supportCall();
  const write = (name: string, value: unknown) =>
    writeFileSync(
      join(dir, name),
      typeof value === "string" ? value : JSON.stringify(value, null, 2),
    );
  write("good.json", good);
  write("dangling.json", {
    ...good,
    edges: good.edges.map((e) => (e.id === "s2-next" ? { ...e, target: "ghost" } : e)),
  });
  const badOption = structuredClone(good) as unknown as {
    nodes: { options?: { quality: string }[] }[];
  };
  badOption.nodes[2]!.options![0]!.quality = "great";
  write("schema.json", badOption);
  write("broken.json", '{ "format": "forkline.scenario",\n  "version": 1,\n  oops }');
  write("other.json", { format: "something-else", version: 1 });
  write("newer.json", { ...good, version: 99 });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("forkline", () => {
  it("prints help and lists every command", async () => {
    const help = await run("--help");
    expect(help.code).toBe(0);
    for (const name of ["validate", "paths", "play"])
      expect(help.stdout).toMatch(new RegExp(`^  ${name} `, "m"));
    expect((await run("help")).stdout).toBe(help.stdout);
  });

  it("prints a command's help", async () => {
    const help = await run("play", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: forkline play <file> --choose");
    expect((await run("help", "play")).stdout).toBe(help.stdout);
    expect((await run("validate", "-h")).stdout).toContain("Exit codes");
  });

  it("prints the version", async () => {
    expect((await run("--version")).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("answers usage errors with exit code 2 and a hint", async () => {
    const none = await run();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Usage: forkline <command>");
    const unknown = await run("frobnicate");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    const option = await run("validate", "good.json", "--nope");
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("--nope");
    expect(option.stderr).toContain("Usage: forkline validate <file>");
    const missing = await run("validate");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("missing <file>");
    const extra = await run("validate", "a.json", "b.json");
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain('unexpected argument "b.json"');
  });
});

describe("reading files", () => {
  it.each([
    ["missing.json", /missing\.json: no such file/],
    ["broken.json", /not valid JSON at line 3, column \d+/],
    ["other.json", /not a Forkline scenario/],
    ["newer.json", /newer Forkline: version 99/],
  ])("refuses %s with exit code 2", async (file, message) => {
    for (const command of ["validate", "paths", "play"]) {
      const result = await run(command, file);
      expect(result.code, command).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe("");
    }
  });

  it("refuses a directory", async () => {
    const result = await run("validate", ".");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("is a directory");
  });
});

describe("validate", () => {
  it("passes a valid scenario, listing warnings in aligned columns", async () => {
    const result = await run("validate", "good.json");
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe('good.json "Support call": valid - 0 errors, 1 warning, 1 note');
    expect(lines[1]).toMatch(/^ {2}warning {2}unused-variable {12}- {2}Variable "channel"/);
    expect(lines[2]).toMatch(/^ {2}info {5}dimension-max-unreachable {2}- {2}The best route/);
  });

  it("gives stable JSON", async () => {
    const result = await run("validate", "good.json", "--json");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual([
      "file",
      "valid",
      "migratedFrom",
      "counts",
      "schemaErrors",
      "diagnostics",
    ]);
    expect(report).toMatchObject({
      file: "good.json",
      valid: true,
      migratedFrom: null,
      counts: { error: 0, warning: 1, info: 1 },
    });
    expect(report.diagnostics.map((d: { code: string }) => d.code)).toEqual([
      "unused-variable",
      "dimension-max-unreachable",
    ]);
  });

  it("fails with exit code 1 on analysis errors", async () => {
    const result = await run("validate", "dangling.json");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("INVALID - 1 error");
    expect(result.stdout).toContain(
      '  error    edge-target-missing        s2 edge s2-next  Edge "s2-next"',
    );
    const json = JSON.parse((await run("validate", "dangling.json", "--json")).stdout);
    expect(json.valid).toBe(false);
    expect(json.diagnostics[0]).toMatchObject({
      code: "edge-target-missing",
      severity: "error",
      edgeId: "s2-next",
    });
  });

  it("fails with exit code 1 on schema errors, naming the JSON path", async () => {
    const result = await run("validate", "schema.json");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/error {2}schema {2}nodes\[2\]\.options\[0\]\.quality {2}/);
    const json = JSON.parse((await run("validate", "schema.json", "--json")).stdout);
    expect(json.schemaErrors[0].path).toBe("nodes[2].options[0].quality");
    expect(json.counts.error).toBeGreaterThan(0);
  });
});

describe("paths", () => {
  it("prints the exact count, score ranges and listed paths", async () => {
    const result = await run("paths", "good.json", "--limit", "3");
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[1]).toMatch(/^Graph paths from start to an ending: 240 \(exact/);
    expect(lines.slice(2, 5)).toEqual([
      "Score ranges:",
      "  Acknowledge  0 .. 2  full marks at 4",
      "  Act          0 .. 4  full marks at 4",
    ]);
    expect(lines[5]).toMatch(
      /^Playable paths .*: 3 listed of \d+ found \(all found; \d+ states explored\)$/,
    );
    expect(lines[6]).toBe(
      "  1.  success  win  acknowledge 2, act 4  d1-strong > d2-fix > d3-close",
    );
    expect(lines[8]).toMatch(/^ {2}3\. /);
    expect(lines[9]).toBe("");
  });

  it("gives stable JSON with the count as a string", async () => {
    const result = await run("paths", "good.json", "--json", "--limit", "2");
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(["file", "pathCount", "scoreRanges", "explored", "paths"]);
    expect(report.pathCount).toEqual({ count: "240", cyclic: false, cycleNodeIds: [] });
    expect(report.scoreRanges.act).toEqual({ min: 0, max: 4, unbounded: false });
    expect(report.paths).toHaveLength(2);
    expect(report.paths[0].choices.length).toBeGreaterThan(0);
  });

  it("refuses a bad --limit and a scenario that fails the schema", async () => {
    expect((await run("paths", "good.json", "--limit", "lots")).code).toBe(2);
    const invalid = await run("paths", "schema.json");
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain("is not a valid scenario");
  });
});

describe("play", () => {
  const WIN = ["--choose", "d1-strong,d2-fix,d3-close", "--answers", "2,Calmer now,4"];

  it("plays a script and prints a readable debrief", async () => {
    const result = await run("play", "good.json", ...WIN);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Ending: Resolved (success, win)");
    expect(result.stdout).toContain(
      "Result: passed; LMS completion completed, success passed; overall 87.5%",
    );
    expect(result.stdout).toMatch(
      /Scores:\n {2}Acknowledge {2}2\/4 {2}50% {3}weight 1\n {2}Act {10}4\/4 {2}100% {2}weight 3/,
    );
    expect(result.stdout).toContain("Confidence shift (post - pre): +2");
    expect(result.stdout).toMatch(
      / {2}5\. {2}mid {3}reflection {2}standard {2}answered "Calmer now"/,
    );
  });

  it("gives the debrief and the saved run as JSON", async () => {
    const result = await run("play", "good.json", ...WIN, "--json");
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(["file", "debrief", "saved"]);
    expect(report.debrief).toMatchObject({ endingId: "win", passed: true, confidenceShift: 2 });
    expect(report.saved).toMatch(/^F1;/);
  });

  it("lets a timer run out and fills missing answers with defaults", async () => {
    const result = await run(
      "play",
      "good.json",
      "--choose",
      "timeout,d2-escalate,d3-rush",
      "--json",
    );
    expect(result.code).toBe(0);
    const { debrief } = JSON.parse(result.stdout);
    expect(debrief.endingId).toBe("esc");
    expect(debrief.counts.timeouts).toBe(1);
    expect(debrief.reflections.map((r: { value: unknown }) => r.value)).toEqual([3, "", 3]);
  });

  it("plays at another level", async () => {
    const result = await run(
      "play",
      "good.json",
      "--choose",
      "d1-advanced,d2-fix,d3-close",
      "--difficulty",
      "challenge",
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/d1-advanced \(strong\)/);
  });

  it("names the visible options when a choice is not available", async () => {
    const hidden = await run("play", "good.json", "--choose", "d1-strong,d2-escalate");
    expect(hidden.code).toBe(1);
    expect(hidden.stderr).toContain(
      '"d2-escalate" is not available at decision 2 ("d2"); visible options: ',
    );
    expect(hidden.stderr).toMatch(/d2-fix/);
    const advanced = await run("play", "good.json", "--choose", "d1-advanced");
    expect(advanced.stderr).toContain(
      "visible options: d1-strong, d1-mixed, d1-weak, timeout (let the timer run out)",
    );
  });

  it("reports too few and too many choices, and bad answers", async () => {
    const few = await run("play", "good.json", "--choose", "d1-strong");
    expect(few.code).toBe(1);
    expect(few.stderr).toContain('decision 2 ("d2") needs a choice but --choose has no more');
    const many = await run("play", "good.json", "--choose", "d1-strong,d2-fix,d3-close,d9");
    expect(many.code).toBe(1);
    expect(many.stderr).toContain('the run ended at "win" with choices left over: d9');
    const badAnswer = await run("play", "good.json", "--choose", "d1-strong", "--answers", "9");
    expect(badAnswer.code).toBe(1);
    expect(badAnswer.stderr).toContain(
      'reflection "pre" needs a whole number from 1 to 5, got "9"',
    );
  });

  it("refuses bad options with exit code 2", async () => {
    expect((await run("play", "good.json", "--difficulty", "hard")).code).toBe(2);
    expect((await run("play", "good.json", "--seed", "-3")).code).toBe(2);
  });
});
