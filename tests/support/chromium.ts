import { type Browser, chromium, type LaunchOptions } from "playwright-core";

/** Debian's Chromium; the flags keep it from reaching for a network this machine does not have. */
export const CHROMIUM_PATH = process.env.FORKLINE_CHROMIUM ?? "/usr/bin/chromium";

/**
 * Chromium reads only the last --disable-features switch, and Playwright passes one of its own:
 * this one repeats Playwright's list (playwright-core 1.65; check it on an upgrade) and adds the
 * omnibox's WebUI popups, which headless Chromium 156 builds for every new page, a second
 * renderer loading dozens of scripts on a 2-core machine in the middle of what tests and
 * benchmarks time.
 */
const DISABLED_FEATURES = [
  "AvoidUnnecessaryBeforeUnloadCheckSync",
  "DestroyProfileOnBrowserClose",
  "HttpsUpgrades",
  "HttpsFirstBalancedModeAutoEnable",
  "LensOverlay",
  "MediaRouter",
  "PaintHolding",
  "ThirdPartyStoragePartitioning",
  "AvoidCorsURLLoaderRestartOnRedirect",
  "TcpPortRandomizationWin",
  "OptimizationHints",
  "NetworkTimeServiceQuerying",
  "AimEnabled",
  "PreconnectToSearch",
  "msForceBrowserSignIn",
  "msEdgeUpdateLaunchServicesPreferredVersion",
  "SkipListAccountsWithoutGaiaCookies",
  "WebUIOmniboxPopup",
  "WebUIOmniboxAimPopup",
];

export const CHROMIUM_ARGS = [
  `--disable-features=${DISABLED_FEATURES.join(",")}`,
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    ...options,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}
