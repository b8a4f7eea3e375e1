#!/usr/bin/env node
// `npm start`: build the player and the studio if their sources changed, then
// run the server in the foreground. Signals are passed on so SIGTERM still
// means a graceful shutdown (connections closed with 1012, data committed).
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

const build = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: root, stdio: "inherit" });
if (build.status !== 0) {
  console.error("The build failed; not starting the server.");
  process.exit(build.status ?? 1);
}

const server = spawn(
  process.execPath,
  [
    "--import",
    import.meta.resolve("tsx"),
    fileURLToPath(new URL("../server/main.ts", import.meta.url)),
  ],
  { cwd: process.cwd(), stdio: "inherit", env: process.env },
);

for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) {
  // Ctrl-C reaches both processes; the server decides how to stop, this one waits for it.
  process.on(signal, () => {
    if (signal !== "SIGINT") server.kill(signal);
  });
}

server.on("exit", (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
