import type { CliCommand } from "./cli-command";
import { exportCommand } from "./commands/export";
import { importCommand } from "./commands/import";
import { pathsCommand } from "./commands/paths";
import { playCommand } from "./commands/play";
import { pruneMediaCommand } from "./commands/prune-media";
import { validateCommand } from "./commands/validate";

/**
 * Every command, in the order `forkline --help` lists them. Adding a command
 * is one file under `commands/` and one import plus one entry here.
 */
export const COMMANDS: readonly CliCommand[] = [
  validateCommand,
  pathsCommand,
  playCommand,
  exportCommand,
  importCommand,
  pruneMediaCommand,
];
