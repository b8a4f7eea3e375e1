import { randomUUID } from "node:crypto";
import type { Scenario } from "../../core";
import {
  ExportBlockedError,
  type ExportContext,
  type ExportDiagnostic,
  type ExporterRegistry,
  ExportOptionsError,
  MissingAssetError,
  MissingRuntimeError,
  requireExporter,
  runExport,
} from "../../exporters";

export type ExportJobStatus = "queued" | "running" | "done" | "failed";

export interface ExportJob {
  id: string;
  scenarioId: string;
  format: string;
  /** Who asked for it; only they (or an admin) may see and download it. */
  userId: string;
  status: ExportJobStatus;
  /** 0..1 */
  progress: number;
  message: string;
  diagnostics: ExportDiagnostic[];
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  output: { fileName: string; mimeType: string; bytes: Uint8Array } | null;
}

export interface ExportJobsOptions {
  registry: () => Promise<ExporterRegistry>;
  runtime: () => Promise<ExportContext["runtime"]>;
  /** The scenario as it is now (from its live document). */
  loadScenario: (scenarioId: string) => Promise<Scenario>;
  /** Bytes of the scenario's assets; none by default. */
  loadAssets?: (scenario: Scenario) => Promise<ReadonlyMap<string, Uint8Array>>;
  /** Finished jobs are kept this long for download (default one hour). */
  keepMs?: number;
  /** At most this many jobs are kept; the oldest finished go first (default 200). */
  maxJobs?: number;
  now?: () => Date;
}

/**
 * Export jobs, in memory: a request starts one and gets its id at once; the
 * build runs after the response, reports progress, and keeps the result for
 * download. Exports are pure and take well under a second for a 1,000-node
 * scenario, so one process runs them; a restart loses unfinished downloads,
 * which the studio simply asks for again.
 */
export class ExportJobs {
  readonly #jobs = new Map<string, ExportJob>();
  readonly #o: Required<Omit<ExportJobsOptions, "loadAssets">> &
    Pick<ExportJobsOptions, "loadAssets">;

  constructor(options: ExportJobsOptions) {
    this.#o = { keepMs: 3_600_000, maxJobs: 200, now: () => new Date(), ...options };
  }

  get(id: string): ExportJob | undefined {
    this.#expire();
    return this.#jobs.get(id);
  }

  /** Checks the format and options now (so a bad request fails with 400), then builds in the background. */
  async start(input: {
    scenarioId: string;
    format: string;
    options: unknown;
    userId: string;
  }): Promise<ExportJob> {
    this.#expire();
    const exporter = requireExporter(await this.#o.registry(), input.format);
    const parsed = exporter.options.safeParse(input.options ?? {});
    if (!parsed.success) {
      throw new ExportOptionsError(
        exporter.id,
        parsed.error.issues.map((i) => `${i.path.join(".") || "(options)"}: ${i.message}`),
      );
    }
    const job: ExportJob = {
      id: randomUUID(),
      scenarioId: input.scenarioId,
      format: exporter.id,
      userId: input.userId,
      status: "queued",
      progress: 0,
      message: "queued",
      diagnostics: [],
      error: null,
      createdAt: this.#o.now(),
      finishedAt: null,
      output: null,
    };
    this.#jobs.set(job.id, job);
    setImmediate(() => void this.#run(job, input.options));
    return job;
  }

  /** Resolves when the job has finished (tests, and callers that want to wait). */
  async settled(id: string, timeoutMs = 30_000): Promise<ExportJob | undefined> {
    const started = Date.now();
    for (;;) {
      const job = this.#jobs.get(id);
      if (!job || job.status === "done" || job.status === "failed") return job;
      if (Date.now() - started > timeoutMs) return job;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async #run(job: ExportJob, options: unknown): Promise<void> {
    job.status = "running";
    job.message = "reading the scenario";
    try {
      const exporter = requireExporter(await this.#o.registry(), job.format);
      const scenario = await this.#o.loadScenario(job.scenarioId);
      const assets = (await this.#o.loadAssets?.(scenario)) ?? new Map<string, Uint8Array>();
      const result = await runExport(exporter, scenario, options, {
        now: this.#o.now().toISOString(),
        runtime: await this.#o.runtime(),
        assets,
        onProgress: (fraction, message) => {
          job.progress = Math.max(job.progress, Math.min(1, fraction));
          job.message = message;
        },
      });
      job.diagnostics = result.diagnostics;
      job.output = result.output;
      job.status = "done";
      job.progress = 1;
      job.message = "ready to download";
    } catch (error) {
      job.status = "failed";
      if (error instanceof ExportBlockedError) {
        job.diagnostics = error.diagnostics;
        job.error = "the scenario has errors for this format";
      } else if (
        error instanceof MissingAssetError ||
        error instanceof MissingRuntimeError ||
        error instanceof ExportOptionsError
      ) {
        job.error = error.message;
      } else {
        job.error = "the export failed unexpectedly";
        console.error("export job failed", error);
      }
      job.message = job.error;
    } finally {
      job.finishedAt = this.#o.now();
    }
  }

  #expire(): void {
    const now = this.#o.now().getTime();
    for (const [id, job] of this.#jobs) {
      if (job.finishedAt && now - job.finishedAt.getTime() > this.#o.keepMs) this.#jobs.delete(id);
    }
    const finished = [...this.#jobs.values()]
      .filter((j) => j.finishedAt)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    while (this.#jobs.size > this.#o.maxJobs && finished.length > 0)
      this.#jobs.delete(finished.shift()!.id);
  }
}
