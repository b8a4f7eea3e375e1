import { createLogger, sweepAssets } from "../../server";
import { type CliCommand, CliError, EXIT_OK } from "../cli-command";
import { openLocalStore } from "../open-local-store";

const DAY_MS = 86_400_000;

export const pruneMediaCommand: CliCommand = {
  name: "prune-media",
  summary: "delete stored media files that no scenario has used for a while",
  usage: "[--data-dir <dir>] [--grace-days <n>] [--dry-run] [--json]",
  details: [
    "Marks every stored media file that no scenario lists (deleted scenarios count,",
    "since they can be restored), and deletes the files that an earlier run marked",
    "and that are still unused after the grace period. Uploading a file again, or",
    "a scenario listing it again, takes its mark away.",
    "",
    "--data-dir <dir>   the data directory (default: FORKLINE_DATA_DIR, else ./data),",
    "                   or the configured database; safe while a server uses it",
    "--grace-days <n>   how long a file must stay unused before it goes (default 30)",
    "--dry-run          say what would be marked and deleted; change nothing",
    "",
    "Exit codes: 0 done, 2 the store cannot be opened or a scenario cannot be read",
    "(then nothing is deleted).",
  ],
  options: {
    json: { type: "boolean" },
    "data-dir": { type: "string" },
    "grace-days": { type: "string" },
    "dry-run": { type: "boolean" },
  },
  positionals: { min: 0, max: 0, names: [] },

  async run({ values, cwd, out }) {
    const graceText = typeof values["grace-days"] === "string" ? values["grace-days"] : "30";
    const graceDays = Number(graceText);
    if (!/^\d+(\.\d+)?$/.test(graceText) || !Number.isFinite(graceDays)) {
      throw new CliError(`--grace-days takes a number of days, not "${graceText}"`);
    }
    const dataDir = typeof values["data-dir"] === "string" ? values["data-dir"] : undefined;
    const { store } = await openLocalStore(cwd, dataDir);
    const dryRun = values["dry-run"] === true;
    try {
      const result = await sweepAssets(store, {
        graceMs: graceDays * DAY_MS,
        dryRun,
        logger: createLogger("silent"),
      }).catch((error: unknown) => {
        throw new CliError(`nothing was deleted: ${(error as Error).message}`);
      });
      if (values.json) {
        out(JSON.stringify({ dryRun, graceDays, ...result }, null, 2));
        return EXIT_OK;
      }
      const verb = dryRun ? "would delete" : "deleted";
      out(`${result.inUse} media file(s) in use.`);
      out(
        `${result.marked.length} unused file(s) marked; they go once unused for ${graceDays} day(s).`,
      );
      out(
        `${verb} ${result.deleted.length} file(s) unused for longer, ${(result.freedBytes / 1024).toFixed(0)} KB.`,
      );
      return EXIT_OK;
    } finally {
      await store.close();
    }
  },
};
