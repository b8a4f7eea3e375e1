import { execFileSync } from "node:child_process";

/** Browser and package tests need the built player and studio; build them once per run if stale. */
export default async function setup(): Promise<void> {
  // Vitest sets NODE_ENV=test; a build under it compiles JSX for React's development runtime.
  execFileSync(process.execPath, ["scripts/build.mjs"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
}
