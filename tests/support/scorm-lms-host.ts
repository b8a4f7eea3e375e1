import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
const distDir = join(dirname(require.resolve("scorm-again")), "..", "dist");
/** scorm-again's classic-script builds: they define window.Scorm12API / window.Scorm2004API. */
export const SCORM_AGAIN = {
  scorm12: readFileSync(join(distDir, "scorm12.js"), "utf8"),
  scorm2004: readFileSync(join(distDir, "scorm2004.js"), "utf8"),
};

export type ScormVersion = "scorm12" | "scorm2004";

export interface RecordedCall {
  fn: string;
  args: string[];
  ret: string;
  err: string;
}

export interface LmsSnapshot {
  calls: RecordedCall[];
  cmi: Record<string, unknown>;
}

/**
 * A host page that plays the LMS: scorm-again's API on the window, seeded with
 * learner data before launch, every API call recorded with its return value
 * and error code (listeners alone also fire for rejected values), and the SCO
 * in an iframe.
 */
export function lmsHostPage(
  version: ScormVersion,
  launch: string,
  seed: Record<string, unknown>,
): string {
  const ctor = version === "scorm12" ? "Scorm12API" : "Scorm2004API";
  const global = version === "scorm12" ? "API" : "API_1484_11";
  const fns =
    version === "scorm12"
      ? ["LMSInitialize", "LMSFinish", "LMSGetValue", "LMSSetValue", "LMSCommit"]
      : ["Initialize", "Terminate", "GetValue", "SetValue", "Commit"];
  const lastError = version === "scorm12" ? "LMSGetLastError" : "GetLastError";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="/__lms/${version}.js"></script>
<script>
  window.__calls = [];
  const api = new ${ctor}({ autocommit: false, logLevel: 5 });
  api.loadFromJSON(${JSON.stringify(seed)}, "");
  for (const fn of ${JSON.stringify(fns)}) {
    const original = api[fn].bind(api);
    api[fn] = (...args) => {
      const ret = original(...args);
      window.__calls.push({ fn, args: args.map(String), ret: String(ret), err: String(api.${lastError}()) });
      return ret;
    };
  }
  window.${global} = api;
  window.__snapshot = () => {
    const rendered = api.renderCMIToJSONObject();
    return { calls: window.__calls, cmi: rendered.cmi ?? rendered };
  };
</script></head>
<body><iframe id="sco" title="SCO" style="width:100%;height:90vh" src="${launch}"></iframe></body></html>`;
}

export async function lmsSnapshot(page: Page): Promise<LmsSnapshot> {
  return page.evaluate(() => (window as unknown as { __snapshot: () => LmsSnapshot }).__snapshot());
}

/** Ends the SCO the way an LMS does when the learner leaves: the frame navigates away. */
export async function unloadSco(page: Page): Promise<void> {
  await page.evaluate(() => {
    (document.getElementById("sco") as HTMLIFrameElement).src = "about:blank";
  });
  await page.waitForFunction(() => {
    const calls = (window as unknown as { __calls: RecordedCall[] }).__calls;
    return calls.some((c) => c.fn === "LMSFinish" || c.fn === "Terminate");
  });
}
