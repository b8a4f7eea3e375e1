import type { ParseArgsConfig } from "node:util";

/** Anything with a `write`, like `process.stdout`; tests pass a collector. */
export interface TextOutput {
  write(chunk: string): unknown;
}

export interface CliIo {
  stdout: TextOutput;
  stderr: TextOutput;
  /** Directory that relative file arguments are read from; the process's by default. */
  cwd?: string;
}

/** What a command receives: its parsed arguments and where to write. */
export interface CommandContext {
  positionals: readonly string[];
  values: Readonly<Record<string, string | boolean | undefined>>;
  cwd: string;
  out(line?: string): void;
  err(line?: string): void;
}

/**
 * One CLI command, one file under `cli/commands/`. Options use the
 * `node:util` parseArgs shape; `--help` is added to every command.
 */
export interface CliCommand {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Argument synopsis after the command name, like `<file> [--json]`. */
  usage: string;
  /** Further lines for `forkline <command> --help`: what it does, option notes, exit codes. */
  details: readonly string[];
  options: NonNullable<ParseArgsConfig["options"]>;
  /** How many positional arguments the command takes. */
  positionals: { min: number; max: number; names: readonly string[] };
  run(context: CommandContext): Promise<number>;
}

export const EXIT_OK = 0;
/** The input was read but has problems (validation errors, a script that does not fit the scenario). */
export const EXIT_PROBLEMS = 1;
/** The command could not start: usage error, unreadable file, not JSON, not a scenario, wrong version. */
export const EXIT_USAGE = 2;

/** An expected failure with its exit code; the runner prints the message, never a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
    this.name = "CliError";
  }
}
