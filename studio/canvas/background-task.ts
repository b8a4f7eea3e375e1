/** Chromium's prioritised task scheduler (not in TypeScript's DOM library yet). */
interface TaskScheduler {
  postTask(
    run: () => void,
    options: { priority: "background"; signal: AbortSignal },
  ): Promise<void>;
}

/**
 * Runs `run` in a task of its own, after the input and frames that are
 * waiting: at background priority where the browser has a task scheduler,
 * else as a plain macrotask. Returns the function that cancels it.
 */
export function scheduleBackgroundTask(run: () => void): () => void {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (typeof scheduler?.postTask === "function") {
    const abort = new AbortController();
    scheduler.postTask(run, { priority: "background", signal: abort.signal }).catch(() => {});
    return () => abort.abort();
  }
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}
