import { analyze, type Diagnostic } from "../../core";
import { type CliCommand, EXIT_OK, EXIT_PROBLEMS } from "../cli-command";
import { formatTable, plural } from "../format-table";
import { readScenarioFile } from "../read-scenario-file";

function location(d: Diagnostic): string {
  const parts: string[] = [];
  if (d.nodeId) parts.push(d.nodeId);
  if (d.optionId) parts.push(`option ${d.optionId}`);
  if (d.edgeId) parts.push(`edge ${d.edgeId}`);
  return parts.join(" ") || "-";
}

export const validateCommand: CliCommand = {
  name: "validate",
  summary: "check a scenario file: schema, then graph analysis",
  usage: "<file> [--json]",
  details: [
    "Reads the file, migrates older versions, checks it against the scenario schema and",
    "then analyses the graph (unreachable nodes, dead ends, loops, unconnected ports, ...).",
    "",
    "Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 the file cannot be read",
    "as a Forkline scenario at all (missing, not JSON, wrong format or newer version).",
  ],
  options: { json: { type: "boolean" } },
  positionals: { min: 1, max: 1, names: ["file"] },

  async run({ positionals, values, cwd, out }) {
    const file = positionals[0]!;
    const read = await readScenarioFile(file, cwd);
    const schemaErrors = read.ok ? [] : read.errors;
    const diagnostics = read.ok ? analyze(read.scenario) : [];
    const counts = { error: schemaErrors.length, warning: 0, info: 0 };
    for (const d of diagnostics) counts[d.severity]++;
    const valid = counts.error === 0;

    if (values.json) {
      const report = {
        file,
        valid,
        migratedFrom: read.ok ? read.migratedFrom : null,
        counts,
        schemaErrors: schemaErrors.map((e) => ({ path: e.path, message: e.message })),
        diagnostics,
      };
      out(JSON.stringify(report, null, 2));
      return valid ? EXIT_OK : EXIT_PROBLEMS;
    }

    const title = read.ok ? ` "${read.scenario.meta.title}"` : "";
    const verdict = valid ? "valid" : "INVALID";
    out(
      `${file}${title}: ${verdict} - ${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.info, "note")}`,
    );
    if (read.ok && read.migratedFrom !== null)
      out(`  (migrated from version ${read.migratedFrom}; saving it writes the current version)`);
    const rows = [
      ...schemaErrors.map((e) => ["error", "schema", e.path || "-", e.message]),
      ...diagnostics.map((d) => [d.severity, d.code, location(d), d.message]),
    ];
    for (const line of formatTable(rows)) out(line);
    return valid ? EXIT_OK : EXIT_PROBLEMS;
  },
};
