import { existsSync, statSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  ConfigError,
  coerceOptionPairs,
  ExportBlockedError,
  ExportOptionsError,
  loadExporterRegistry,
  loadProjectConfig,
  MissingAssetError,
  MissingRuntimeError,
  readPlayerRuntime,
  requireExporter,
  runExport,
  UnknownFormatError,
} from "../../exporters";
import { type CliCommand, CliError, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from "../cli-command";
import { formatTable } from "../format-table";
import { requireScenario } from "../read-scenario-file";

const PLAYER_DIR = fileURLToPath(new URL("../../dist/player", import.meta.url));

/** Asset files named by their id (sha256-<hex>, any extension) in a folder. */
async function readAssets(dir: string): Promise<Map<string, Uint8Array>> {
  const assets = new Map<string, Uint8Array>();
  if (!existsSync(dir)) return assets;
  for (const name of await readdir(dir)) {
    const id = /^(sha256-[0-9a-f]{64})(?:\.[A-Za-z0-9]+)?$/.exec(name)?.[1];
    if (id) assets.set(id, new Uint8Array(await readFile(join(dir, name))));
  }
  return assets;
}

export const exportCommand: CliCommand = {
  name: "export",
  summary: "export a scenario as json, html, scorm12, scorm2004, xapi or cmi5",
  usage:
    "<file> --format <id> [--out <path>] [--option key=value ...] [--assets <dir>] [--force] [--json]",
  details: [
    "Builds a package with the same exporters as the studio and the server. Formats come",
    "from forkline.config.mjs in the working directory (the built-ins when there is none).",
    "--option sets an exporter option, typed by the exporter's schema (numbers, true/false,",
    "empty or null to clear); run with an unknown option to list the exporter's options.",
    "--assets names the folder holding media files named by asset id (default: assets/",
    "beside the scenario file). --out is a file or an existing folder (default: the",
    "working directory). Errors in the exporter's diagnostics stop the export unless --force.",
    "",
    "Exit codes: 0 exported, 1 the scenario has errors for this format, 2 usage or input",
    "problems (unknown format or option, unreadable file, player not built).",
  ],
  options: {
    format: { type: "string", short: "f" },
    out: { type: "string", short: "o" },
    option: { type: "string", multiple: true },
    assets: { type: "string" },
    force: { type: "boolean" },
    json: { type: "boolean" },
  },
  positionals: { min: 1, max: 1, names: ["file"] },

  async run({ positionals, values, cwd, out }) {
    const file = positionals[0]!;
    let registry: Awaited<ReturnType<typeof loadExporterRegistry>>;
    try {
      const { config, baseDir } = await loadProjectConfig(cwd);
      registry = await loadExporterRegistry(config, { baseDir });
    } catch (error) {
      if (error instanceof ConfigError) throw new CliError(error.message);
      throw error;
    }
    const format = values.format;
    if (typeof format !== "string" || !format) {
      throw new CliError(`--format is required; formats: ${registry.ids().join(", ")}`);
    }
    let exporter: ReturnType<typeof requireExporter>;
    try {
      exporter = requireExporter(registry, format);
    } catch (error) {
      if (error instanceof UnknownFormatError) throw new CliError(error.message);
      throw error;
    }
    const rawPairs = values.option as unknown as string[] | undefined;
    let options: Record<string, unknown>;
    try {
      options = coerceOptionPairs(exporter, rawPairs ?? []);
    } catch (error) {
      throw new CliError((error as Error).message);
    }
    const scenario = await requireScenario(file, cwd);
    const assetDir = resolve(
      cwd,
      typeof values.assets === "string" ? values.assets : join(dirname(file), "assets"),
    );
    let runtime: Awaited<ReturnType<typeof readPlayerRuntime>>;
    try {
      runtime = await readPlayerRuntime(PLAYER_DIR);
    } catch (error) {
      throw new CliError(`${(error as Error).message}`);
    }
    let result: Awaited<ReturnType<typeof runExport>>;
    try {
      result = await runExport(
        exporter,
        scenario,
        options,
        { now: new Date().toISOString(), runtime, assets: await readAssets(assetDir) },
        { force: values.force === true },
      );
    } catch (error) {
      if (error instanceof ExportBlockedError) {
        if (values.json)
          out(
            JSON.stringify(
              { file, format, exported: false, diagnostics: error.diagnostics },
              null,
              2,
            ),
          );
        else {
          out(`${file}: not exported as ${format}:`);
          for (const line of formatTable(
            error.diagnostics.map((d) => [d.severity, d.code, d.nodeId ?? "-", d.message]),
          ))
            out(line);
        }
        return EXIT_PROBLEMS;
      }
      if (
        error instanceof ExportOptionsError ||
        error instanceof MissingAssetError ||
        error instanceof MissingRuntimeError
      ) {
        throw new CliError(error.message, EXIT_USAGE);
      }
      throw error;
    }
    const outArg = typeof values.out === "string" ? resolve(cwd, values.out) : cwd;
    const target =
      existsSync(outArg) && statSync(outArg).isDirectory()
        ? join(outArg, result.output.fileName)
        : outArg;
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, result.output.bytes);
    if (values.json) {
      out(
        JSON.stringify(
          {
            file,
            format,
            exported: true,
            out: target,
            bytes: result.output.bytes.length,
            options: exporter.options.parse(options),
            diagnostics: result.diagnostics,
          },
          null,
          2,
        ),
      );
    } else {
      out(
        `${file}: exported as ${exporter.label} to ${target} (${result.output.bytes.length.toLocaleString("en-US")} bytes)`,
      );
      for (const line of formatTable(
        result.diagnostics.map((d) => [d.severity, d.code, d.nodeId ?? "-", d.message]),
      ))
        out(line);
    }
    return EXIT_OK;
  },
};
