import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "../../support/chromium";
import { type PlayerServer, startPlayerServer } from "./player-server";

export interface PlayerHarness {
  readonly browser: Browser;
  readonly server: PlayerServer;
}

/**
 * One Chromium and one server of player pages for the calling test file:
 * started before its tests (read the fields inside tests and hooks, not at
 * the top level) and closed after them.
 */
export function playerHarness(): PlayerHarness {
  const harness = {} as { browser: Browser; server: PlayerServer };
  beforeAll(async () => {
    [harness.browser, harness.server] = await Promise.all([launchChromium(), startPlayerServer()]);
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.server?.close();
  });
  return harness;
}
