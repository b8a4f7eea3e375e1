import { defineConfig } from "vitest/config";

/**
 * Unit tests sit beside the code; cross-part, browser and conformance tests live
 * in tests/. Browser and server-process tests run one file at a time: each starts
 * real servers and Chromium, and this suite must fit a 2-core machine.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["{core,player,exporters,server,studio,cli,templates}/**/*.test.{ts,tsx}"],
          environment: "node",
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/**/*.test.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ["tests/support/global-setup.ts"],
        },
      },
    ],
  },
});
