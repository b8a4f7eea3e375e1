/**
 * The public surface of the CLI: `runCli` runs one invocation with injectable
 * output; `bin/forkline.mjs` calls it. Commands live one per file in
 * `commands/` and are listed in `command-registry.ts`.
 */
export {
  type CliCommand,
  CliError,
  type CliIo,
  type CommandContext,
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  type TextOutput,
} from "./cli-command";
export { COMMANDS } from "./command-registry";
export { formatTable } from "./format-table";
export { runCli } from "./run-cli";
