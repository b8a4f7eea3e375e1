import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../cli";
import {
  BUILTIN_EXPORTER_IDS,
  ConfigError,
  ExporterShapeError,
  loadExporterRegistry,
  loadProjectConfig,
  runExport,
} from "../../exporters";
import { REPO_ROOT } from "../support/conformance-dir";
import { FIXED_NOW, playerRuntime } from "../support/export-package";
import { exportFixture } from "../support/export-scenario";

const here = dirname(fileURLToPath(import.meta.url));
const PACKAGE_DIR = join(here, "fixtures", "forkline-exporter-outline");
const temps: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "forkline-config-"));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe("exporter registry", () => {
  it("offers the built-ins, in order, when the configuration names none", async () => {
    const registry = await loadExporterRegistry({});
    expect(registry.ids()).toEqual([...BUILTIN_EXPORTER_IDS]);
  });

  it("offers exactly the configured list, in its order", async () => {
    const registry = await loadExporterRegistry({ exporters: ["cmi5", "json"] });
    expect(registry.ids()).toEqual(["cmi5", "json"]);
    expect(registry.get("scorm12")).toBeUndefined();
  });

  it("loads a third-party exporter from a package folder outside the built-ins, and runs it", async () => {
    const dir = tempDir();
    const specifier = `./${relative(dir, PACKAGE_DIR)}`;
    const registry = await loadExporterRegistry(
      { exporters: ["json", specifier] },
      { baseDir: dir },
    );
    expect(registry.ids()).toEqual(["json", "outline"]);
    const { scenario } = exportFixture();
    const result = await runExport(
      registry.get("outline")!,
      scenario,
      {},
      { now: FIXED_NOW, runtime: await playerRuntime(), assets: new Map() },
    );
    const outline = JSON.parse(new TextDecoder().decode(result.output.bytes)) as {
      nodes: { kind: string }[];
    };
    expect(outline.nodes.some((n) => n.kind === "note")).toBe(false);
    expect(result.output.fileName).toBe(`${scenario.meta.id}.outline.json`);
  });

  it("reads forkline.config.mjs from a project folder", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "forkline.config.mjs"),
      `export default { exporters: ["scorm2004", ${JSON.stringify(PACKAGE_DIR)}] };\n`,
    );
    const { config, file, baseDir } = await loadProjectConfig(dir);
    expect(file).toBe(join(dir, "forkline.config.mjs"));
    const registry = await loadExporterRegistry(config, { baseDir });
    expect(registry.ids()).toEqual(["scorm2004", "outline"]);
  });

  it("the repository's example configuration loads", async () => {
    const { config, file } = await loadProjectConfig(REPO_ROOT);
    expect(file).not.toBeNull();
    expect((await loadExporterRegistry(config)).ids().length).toBeGreaterThan(0);
  });

  it("refuses a configuration that is not a list of names, naming the problem", async () => {
    await expect(loadExporterRegistry({ exporters: "json" })).rejects.toThrow(ConfigError);
    await expect(loadExporterRegistry({ exporters: [] })).rejects.toThrow(/exporters/);
  });

  it("refuses a module that does not export an exporter, and one that cannot be found", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "not-an-exporter.mjs"),
      "export default { id: 'Bad Id', label: '' };\n",
    );
    await expect(
      loadExporterRegistry({ exporters: ["./not-an-exporter.mjs"] }, { baseDir: dir }),
    ).rejects.toThrow(ExporterShapeError);
    await expect(
      loadExporterRegistry(
        { exporters: ["forkline-exporter-that-does-not-exist"] },
        { baseDir: dir },
      ),
    ).rejects.toThrow(/cannot load exporter/);
  });

  it("refuses two exporters with the same id", async () => {
    await expect(loadExporterRegistry({ exporters: ["json", "json"] })).rejects.toThrow(
      /same id|two exporters/,
    );
  });
});

describe("forkline export (CLI)", () => {
  const collect = () => {
    const lines: string[] = [];
    return { lines, io: { write: (chunk: string) => lines.push(chunk) } };
  };

  it("exports with a configured third-party exporter and typed --option values", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "forkline.config.mjs"),
      `export default { exporters: ["scorm12", ${JSON.stringify(PACKAGE_DIR)}] };\n`,
    );
    const scenarioFile = join(REPO_ROOT, "tests/exporters/fixtures/late-refund.forkline.json");
    const out = collect();
    const err = collect();
    const code = await runCli(
      [
        "export",
        scenarioFile,
        "--format",
        "outline",
        "--option",
        "includeNotes=true",
        "--out",
        "outline.json",
        "--json",
      ],
      { stdout: out.io, stderr: err.io, cwd: dir },
    );
    expect(err.lines.join("")).toBe("");
    expect(code).toBe(0);
    const outline = JSON.parse(readFileSync(join(dir, "outline.json"), "utf8")) as {
      nodes: { kind: string }[];
    };
    expect(outline.nodes.some((n) => n.kind === "note")).toBe(true);
  });

  it("lists the formats when the format is unknown, and the options when an option is", async () => {
    const dir = tempDir();
    const scenarioFile = join(REPO_ROOT, "tests/exporters/fixtures/late-refund.forkline.json");
    const err = collect();
    expect(
      await runCli(["export", scenarioFile, "--format", "pdf"], {
        stdout: collect().io,
        stderr: err.io,
        cwd: dir,
      }),
    ).toBe(2);
    expect(err.lines.join("")).toContain("json, html, scorm12, scorm2004, xapi, cmi5");
    const err2 = collect();
    expect(
      await runCli(["export", scenarioFile, "--format", "scorm12", "--option", "mastery=80"], {
        stdout: collect().io,
        stderr: err2.io,
        cwd: dir,
      }),
    ).toBe(2);
    expect(err2.lines.join("")).toContain("masteryScore");
  });

  it("writes a SCORM 1.2 zip with the options applied", async () => {
    const dir = tempDir();
    const scenarioFile = join(REPO_ROOT, "tests/exporters/fixtures/late-refund.forkline.json");
    const code = await runCli(
      ["export", scenarioFile, "--format", "scorm12", "--option", "masteryScore=75", "--out", dir],
      { stdout: collect().io, stderr: collect().io, cwd: dir },
    );
    expect(code).toBe(0);
    const { unzipSync } = await import("fflate");
    const files = unzipSync(new Uint8Array(readFileSync(join(dir, "late-refund.scorm12.zip"))));
    expect(new TextDecoder().decode(files["imsmanifest.xml"])).toContain(
      "<adlcp:masteryscore>75</adlcp:masteryscore>",
    );
  });
});
