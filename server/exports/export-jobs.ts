import { randomUUID } from "node:crypto";
import type { Scenario } from "../../core";
import {
  ExportBlockedError,
  type ExportContext,
  type ExporterRegistry,
  ExportOptionsError,
  MissingAssetError,
  MissingRuntimeError,
  requireExporter,
  runExport,
} from "../../exporters";

import { downloadName } from "../scenarios/title-slug";
import type { ExportJobRecord as ExportJob, ExportJobStore } from "../storage/export-job-record";

export type { ExportJobRecord as ExportJob, ExportJobStatus } from "../storage/export-job-record";

export interface ExportJobsOptions {
  /** Where jobs and their packages are kept, so any instance can answer for them. */
  store: ExportJobStore;
  registry: () => Promise<ExporterRegistry>;
  runtime: () => Promise<ExportContext["runtime"]>;
  /** The scenario as it is now (from its live document). */
  loadScenario: (scenarioId: string) => Promise<Scenario>;
  /** Bytes of the scenario's assets; none by default. */
  loadAssets?: (scenario: Scenario) => Promise<ReadonlyMap<string, Uint8Array>>;
  /** Finished jobs are kept this long for download (default one hour). */
  keepMs?: number;
  /** At most this many finished jobs are kept; the oldest go first (default 200). */
  maxJobs?: number;
  /**
   * A job not finished this long after it started is reported as failed: the
   * instance running it stopped (default ten minutes; exports take seconds).
   */
  staleMs?: number;
  now?: () => Date;
}

/** Progress is written at most this often while a job runs. */
const PROGRESS_WRITE_MS = 250;

/**
 * Export jobs: a request starts one and gets its id at once; the build runs
 * after the response on the instance that took the request, reports progress,
 * and stores the package for download. Jobs live in the store, so a status
 * request or a download may reach any instance, and a restart loses nothing
 * finished.
 */
export class ExportJobs {
  readonly #o: Required<Omit<ExportJobsOptions, "loadAssets">> &
    Pick<ExportJobsOptions, "loadAssets">;
  /** Jobs running here; their last write, so writes go out in order. */
  readonly #writes = new Map<string, Promise<void>>();

  constructor(options: ExportJobsOptions) {
    this.#o = {
      keepMs: 3_600_000,
      maxJobs: 200,
      staleMs: 600_000,
      now: () => new Date(),
      ...options,
    };
  }

  async get(id: string): Promise<ExportJob | null> {
    const job = await this.#o.store.getExportJob(id);
    if (!job || job.finishedAt || this.#writes.has(id)) return job;
    if (this.#o.now().getTime() - job.createdAt.getTime() <= this.#o.staleMs) return job;
    const error = "the export stopped when its server did; start it again";
    return { ...job, status: "failed", error, message: error };
  }

  /** The finished package's bytes, or null. */
  output(id: string): Promise<Uint8Array | null> {
    return this.#o.store.getExportOutput(id);
  }

  /** Checks the format and options now (so a bad request fails with 400), then builds in the background. */
  async start(input: {
    scenarioId: string;
    format: string;
    options: unknown;
    userId: string;
  }): Promise<ExportJob> {
    await this.#expire();
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
    await this.#o.store.saveExportJob(job);
    this.#writes.set(job.id, Promise.resolve());
    setImmediate(() => void this.#run(job, input.options));
    return job;
  }

  /** Resolves when the job has finished (tests, and callers that want to wait). */
  async settled(id: string, timeoutMs = 30_000): Promise<ExportJob | null> {
    const started = Date.now();
    for (;;) {
      const job = await this.get(id);
      if (!job || job.status === "done" || job.status === "failed") return job;
      if (Date.now() - started > timeoutMs) return job;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Queues a write of the job as it is now, after the ones before it. */
  #save(job: ExportJob, data?: Uint8Array): Promise<void> {
    const snapshot = { ...job };
    const next = (this.#writes.get(job.id) ?? Promise.resolve()).then(() =>
      this.#o.store.saveExportJob(snapshot, data),
    );
    this.#writes.set(
      job.id,
      next.catch(() => {}),
    );
    return next;
  }

  async #run(job: ExportJob, options: unknown): Promise<void> {
    job.status = "running";
    job.message = "reading the scenario";
    let data: Uint8Array | undefined;
    let lastWrite = 0;
    try {
      void this.#save(job).catch(() => {});
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
          const now = Date.now();
          if (now - lastWrite < PROGRESS_WRITE_MS) return;
          lastWrite = now;
          void this.#save(job).catch(() => {});
        },
      });
      job.diagnostics = result.diagnostics;
      const { bytes, ...file } = result.output;
      data = bytes;
      job.output = {
        ...file,
        fileName: downloadName(file.fileName, scenario.meta),
        bytes: bytes.length,
      };
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
    }
    job.finishedAt = this.#o.now();
    try {
      await this.#save(job, data);
    } catch (error) {
      console.error("could not store a finished export job", error);
    } finally {
      this.#writes.delete(job.id);
    }
  }

  async #expire(): Promise<void> {
    const before = new Date(this.#o.now().getTime() - this.#o.keepMs);
    await this.#o.store.deleteFinishedExportJobs(before, this.#o.maxJobs);
  }
}
