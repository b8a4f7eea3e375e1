import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

export interface ServerProcessOptions {
  /** Extra environment (limits, idle times, log level, ...). */
  env?: Record<string, string>;
  /** Use this data directory instead of a fresh temporary one (it is then not removed). */
  dataDir?: string;
  /** Print the server's output (default: only when it fails to start). */
  verbose?: boolean;
}

export interface ExitResult {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServerProcess {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** `ws://127.0.0.1:<port>`; the collaboration endpoint is `${wsUrl}/collab`. */
  readonly wsUrl: string;
  readonly port: number;
  readonly dataDir: string;
  /** Process id of the running server (undefined between a kill and a restart). */
  readonly pid: number | undefined;
  /** Everything the current process printed so far. */
  readonly output: string;
  /** Sends a signal and waits for the process to exit. */
  kill(signal?: NodeJS.Signals): Promise<ExitResult>;
  /** Starts the server again on the same port and data directory (stopping it gracefully first if running). */
  restart(): Promise<void>;
  /** Graceful stop (SIGTERM), then removes the temporary data directory. */
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function waitForHealth(
  url: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited during start-up:\n${output()}`);
    }
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok && ((await res.json()) as { ok?: boolean }).ok === true) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the server did not become healthy within 30 s:\n${output()}`);
}

/**
 * Starts a real Forkline server process (`node --import tsx server/main.ts`) on
 * a free port with a temporary data directory, and waits until `/api/health`
 * answers. The port stays the same across `restart()`, so clients reconnect.
 */
export async function startServerProcess(
  options: ServerProcessOptions = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "forkline-server-"));
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let output = "";

  const launch = async () => {
    output = "";
    const proc = spawn(process.execPath, ["--import", "tsx", join(root, "server/main.ts")], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        FORKLINE_DATA_DIR: dataDir,
        FORKLINE_LOG_LEVEL: "warn",
        ...options.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (options.verbose) process.stderr.write(chunk);
    };
    proc.stdout?.on("data", collect);
    proc.stderr?.on("data", collect);
    child = proc;
    await waitForHealth(url, proc, () => output);
  };

  const kill = async (signal: NodeJS.Signals = "SIGTERM"): Promise<ExitResult> => {
    const proc = child;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) {
      return { code: proc?.exitCode ?? null, signal: proc?.signalCode ?? null };
    }
    const exited = new Promise<ExitResult>((resolve) =>
      proc.once("exit", (code, sig) => resolve({ code, signal: sig })),
    );
    proc.kill(signal);
    return exited;
  };

  await launch();
  return {
    url,
    wsUrl: `ws://127.0.0.1:${port}`,
    port,
    dataDir,
    get pid() {
      const proc = child as ChildProcess | null;
      return proc && proc.exitCode === null && proc.signalCode === null ? proc.pid : undefined;
    },
    get output() {
      return output;
    },
    kill,
    async restart() {
      await kill("SIGTERM");
      await launch();
    },
    async stop() {
      const result = await kill("SIGTERM");
      if (ownDir) rmSync(dataDir, { recursive: true, force: true });
      if (result.code !== 0 && result.code !== null) {
        throw new Error(`the server exited with ${result.code}:\n${output}`);
      }
    },
  };
}
