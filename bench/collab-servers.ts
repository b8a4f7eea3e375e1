import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

export interface BenchServer {
  name: string;
  wsUrl: string;
  /** A room (document) to use; for Forkline a freshly created scenario. */
  newRoom(): Promise<string>;
  /** Stops the server and returns what it printed. */
  stop(): Promise<string>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const a = probe.address();
      probe.close(() => resolve(typeof a === "object" && a ? a.port : 0));
    });
  });
}

function collect(child: ChildProcess): () => string {
  let out = "";
  child.stdout?.on("data", (c: Buffer) => {
    out += c.toString();
  });
  child.stderr?.on("data", (c: Buffer) => {
    out += c.toString();
  });
  return () => out;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** Forkline's real process entry, durable on a SQLite file in a temp dir (synchronous=FULL). */
export async function startForkline(): Promise<BenchServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "forkline-bench-"));
  const child = spawn(process.execPath, ["--import", "tsx", join(root, "server/main.ts")], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      FORKLINE_DATA_DIR: dataDir,
      FORKLINE_LOG_LEVEL: "info",
      // The benchmark's writers are legitimate: keep the abuse limits out of the way.
      FORKLINE_RATE_LIMIT: "100000",
      FORKLINE_RATE_BURST: "100000",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = collect(child);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // starting
    }
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`Forkline did not start:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    name: "forkline (SQLite, durable)",
    wsUrl: `ws://127.0.0.1:${port}`,
    async newRoom() {
      const res = await fetch(`${url}/api/scenarios`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ title: "Benchmark" }),
      });
      return ((await res.json()) as { id: string }).id;
    },
    async stop() {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
      return output();
    },
  };
}

/** The y-websocket 1.5.4 reference server, memory only. */
export async function startReference(): Promise<BenchServer> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(root, "bench/collab-reference-server.ts")],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const output = collect(child);
  const deadline = Date.now() + 60_000;
  let port = 0;
  while (!port) {
    const match = /\{"port":(\d+)\}/.exec(output());
    if (match) port = Number(match[1]);
    else if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`reference did not start:\n${output()}`);
    else await new Promise((r) => setTimeout(r, 50));
  }
  let rooms = 0;
  return {
    name: "y-websocket 1.5.4 reference (memory)",
    wsUrl: `ws://127.0.0.1:${port}`,
    newRoom: async () => `bench-${++rooms}`,
    async stop() {
      await stopChild(child);
      return output();
    },
  };
}
