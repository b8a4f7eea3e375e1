import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  type CliCommand,
  CliError,
  type CliIo,
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
} from "./cli-command";
import { COMMANDS } from "./command-registry";

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      version?: string;
    };
    return pkg.version ?? "unknown";
  } catch {
    return "unknown";
  }
}

function generalHelp(commands: readonly CliCommand[]): string[] {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "Usage: forkline <command> [options]",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Options:",
    "  -h, --help     show help (also: forkline <command> --help)",
    "  -v, --version  print the version",
    "",
    "Exit codes: 0 success, 1 problems found in the input, 2 usage error or unreadable input.",
  ];
}

function commandHelp(command: CliCommand): string[] {
  return [
    `Usage: forkline ${command.name} ${command.usage}`,
    "",
    `${command.summary[0]!.toUpperCase()}${command.summary.slice(1)}.`,
    ...(command.details.length > 0 ? ["", ...command.details] : []),
  ];
}

function parseCommandArgs(command: CliCommand, args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      options: { ...command.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Runs one CLI invocation and returns its exit code. Output goes through `io`
 * so tests run it in-process; nothing here calls `process.exit`.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: readonly CliCommand[] = COMMANDS,
): Promise<number> {
  const out = (line = "") => io.stdout.write(`${line}\n`);
  const err = (line = "") => io.stderr.write(`${line}\n`);
  const [first, ...rest] = argv;

  if (first === undefined) {
    for (const line of generalHelp(commands)) err(line);
    return EXIT_USAGE;
  }
  if (first === "--help" || first === "-h" || (first === "help" && rest.length === 0)) {
    for (const line of generalHelp(commands)) out(line);
    return EXIT_OK;
  }
  if (first === "--version" || first === "-v") {
    out(version());
    return EXIT_OK;
  }
  const name = first === "help" ? rest[0]! : first;
  const command = commands.find((c) => c.name === name);
  if (!command) {
    err(
      `forkline: unknown command "${name}". Commands: ${commands.map((c) => c.name).join(", ")}.`,
    );
    err('Run "forkline --help" for usage.');
    return EXIT_USAGE;
  }
  if (first === "help") {
    for (const line of commandHelp(command)) out(line);
    return EXIT_OK;
  }

  try {
    const parsed = parseCommandArgs(command, rest);
    if (parsed.values.help) {
      for (const line of commandHelp(command)) out(line);
      return EXIT_OK;
    }
    const { min, max, names } = command.positionals;
    if (parsed.positionals.length < min)
      throw new CliError(
        `missing ${names
          .slice(parsed.positionals.length, min)
          .map((n) => `<${n}>`)
          .join(" ")}`,
      );
    if (parsed.positionals.length > max)
      throw new CliError(`unexpected argument "${parsed.positionals[max]}"`);
    return await command.run({
      positionals: parsed.positionals,
      values: parsed.values as Record<string, string | boolean | undefined>,
      cwd: io.cwd ?? process.cwd(),
      out,
      err,
    });
  } catch (error) {
    if (error instanceof CliError) {
      err(`forkline ${command.name}: ${error.message}`);
      if (error.exitCode === EXIT_USAGE) err(`Usage: forkline ${command.name} ${command.usage}`);
      return error.exitCode;
    }
    err(
      `forkline ${command.name}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return EXIT_PROBLEMS;
  }
}
