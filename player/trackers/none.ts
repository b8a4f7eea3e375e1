import type { Tracker, TrackerFactory } from "../tracker";

/** Reports nothing and never resumes: for a standalone page or a plain preview. */
export const createTracker: TrackerFactory = (): Tracker => ({
  start: async () => ({ resume: null }),
  step() {},
  choice() {},
  reflection() {},
  end() {},
  suspend() {},
  terminate: async () => {},
});
