import { execFileSync } from "node:child_process";

/** Browser and package tests need the built player and studio; build them once per run if stale. */
export default async function setup(): Promise<void> {
  execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
}
