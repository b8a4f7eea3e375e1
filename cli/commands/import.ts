import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { importScenario, type ScenarioRecord } from "../../server";
import { type CliCommand, CliError, EXIT_OK, EXIT_PROBLEMS } from "../cli-command";
import { formatTable } from "../format-table";
import { openLocalStore } from "../open-local-store";
import { readScenarioFile } from "../read-scenario-file";

interface Imported {
  id: string;
  title: string;
  nodeCount: number;
  migratedFrom: number | null;
}

interface Problem {
  path: string;
  message: string;
}

/** Straight into the store of a data directory (or the configured database); the server may be running. */
async function importLocally(file: string, cwd: string, dataDir: string | undefined) {
  const read = await readScenarioFile(file, cwd);
  if (!read.ok) return { ok: false as const, problems: [...read.errors] };
  const { store, config } = await openLocalStore(cwd, dataDir);
  let record: ScenarioRecord;
  try {
    record = await importScenario(store, read.scenario);
  } finally {
    await store.close();
  }
  const where = config.store.kind === "sqlite" ? config.dataDir : "the configured database";
  const imported: Imported = {
    id: record.id,
    title: record.title,
    nodeCount: record.nodeCount,
    migratedFrom: read.migratedFrom,
  };
  return { ok: true as const, imported, where };
}

/** Through a running server's REST API, so open studios list it at once. */
async function importViaServer(file: string, cwd: string, server: string) {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), "utf8");
  } catch {
    throw new CliError(`${file}: cannot be read`);
  }
  const url = `${server.replace(/\/+$/, "")}/api/scenarios/import`;
  let res: Response;
  try {
    res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: text,
    });
  } catch {
    throw new CliError(`cannot reach the server at ${server}`);
  }
  const body = (await res.json().catch(() => null)) as
    | (Imported & { error?: { message: string; issues?: Problem[] } })
    | null;
  if (res.status === 201 && body) {
    const imported: Imported = {
      id: body.id,
      title: body.title,
      nodeCount: body.nodeCount,
      migratedFrom: body.migratedFrom,
    };
    return { ok: true as const, imported, where: server };
  }
  const message = body?.error?.message ?? `the server answered ${res.status}`;
  if (res.status === 422 || res.status === 413) {
    return { ok: false as const, problems: body?.error?.issues ?? [{ path: "", message }] };
  }
  throw new CliError(`${server}: ${message}`);
}

export const importCommand: CliCommand = {
  name: "import",
  summary: "add a scenario file to the studio's scenarios",
  usage: "<file> [--server <url> | --data-dir <dir>] [--json]",
  details: [
    "Validates the file (older versions are migrated) and stores it as a new scenario.",
    "The file's id is kept when no stored scenario uses it; otherwise a new id is given.",
    "",
    "--server <url>    import through a running Forkline server (for example",
    "                  http://127.0.0.1:8080), so open studios list it at once",
    "--data-dir <dir>  write into this data directory instead (default: FORKLINE_DATA_DIR,",
    "                  else ./data); safe while a server uses it",
    "",
    "Exit codes: 0 imported, 1 the file is not a valid scenario (nothing is written),",
    "2 the file or the server cannot be reached.",
  ],
  options: {
    json: { type: "boolean" },
    server: { type: "string" },
    "data-dir": { type: "string" },
  },
  positionals: { min: 1, max: 1, names: ["file"] },

  async run({ positionals, values, cwd, out }) {
    const file = positionals[0]!;
    const server = typeof values.server === "string" ? values.server : undefined;
    const dataDir = typeof values["data-dir"] === "string" ? values["data-dir"] : undefined;
    if (server && dataDir) throw new CliError("use either --server or --data-dir, not both");
    const result = server
      ? await importViaServer(file, cwd, server)
      : await importLocally(file, cwd, dataDir);

    if (values.json) {
      out(JSON.stringify({ file, ...result }, null, 2));
      return result.ok ? EXIT_OK : EXIT_PROBLEMS;
    }
    if (!result.ok) {
      out(`${file} is not a valid scenario; nothing was imported:`);
      for (const line of formatTable(result.problems.map((p) => [p.path || "(file)", p.message])))
        out(line);
      return EXIT_PROBLEMS;
    }
    const { imported, where } = result;
    out(
      `Imported "${imported.title}" as ${imported.id} (${imported.nodeCount} nodes) into ${where}.`,
    );
    if (imported.migratedFrom !== null) out(`  (migrated from version ${imported.migratedFrom})`);
    return EXIT_OK;
  },
};
