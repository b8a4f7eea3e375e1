#!/usr/bin/env node
// The `forkline` command: registers tsx so the TypeScript CLI runs without a
// build step, then hands over to runCli with the real process streams.
import { register } from "tsx/esm/api";

register();
// A reader that stops early (`forkline paths big.json | head`) closes the pipe;
// that ends the output, it is not a failure worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const { runCli } = await import("../cli/index.ts");
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
