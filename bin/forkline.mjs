#!/usr/bin/env node
// The `forkline` command: registers tsx so the TypeScript CLI runs without a
// build step, then hands over to runCli with the real process streams.
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("../cli/index.ts");
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
