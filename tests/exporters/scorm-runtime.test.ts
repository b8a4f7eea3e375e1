import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Scenario } from "../../core";
import { launchChromium } from "../support/chromium";
import { playActions, waitForView } from "../support/drive-player";
import { exportPackage } from "../support/export-package";
import { exportFixture } from "../support/export-scenario";
import { type PackageServer, servePackage } from "../support/package-server";
import { findRun, GOALS, type RunAction } from "../support/run-paths";
import {
  type LmsSnapshot,
  lmsHostPage,
  lmsSnapshot,
  SCORM_AGAIN,
  type ScormVersion,
  unloadSco,
} from "../support/scorm-lms-host";
import { strictScormProblems } from "../support/scorm-strict-checks";
import { templateScenarios } from "../support/templates";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const LEARNER_12 = { core: { student_id: "learner-1", student_name: "Rivera, Sam" } };
const LEARNER_2004 = { learner_id: "learner-1", learner_name: "Rivera, Sam" };

interface Session {
  server: PackageServer;
  context: BrowserContext;
  page: Page;
}

async function launch(
  version: ScormVersion,
  scenario: Scenario,
  seed: Record<string, unknown>,
  assets = new Map<string, Uint8Array>(),
): Promise<Session> {
  const { unzipped } = await exportPackage(version, scenario, assets);
  const files = new Map<string, Uint8Array | string>(unzipped);
  files.set(`__lms/${version}.js`, SCORM_AGAIN[version]);
  files.set("__lms/host.html", lmsHostPage(version, "/index.html", seed));
  const server = await servePackage(files);
  const context = await browser.newContext({ reducedMotion: "reduce" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.origin}/__lms/host.html`);
  return { server, context, page };
}

async function close(session: Session) {
  await session.context.close();
  await session.server.close();
}

async function playToEnd(
  version: ScormVersion,
  scenario: Scenario,
  actions: RunAction[],
): Promise<LmsSnapshot> {
  const session = await launch(
    version,
    scenario,
    version === "scorm12" ? LEARNER_12 : LEARNER_2004,
  );
  try {
    const frame = session.page.frameLocator("#sco");
    const sco = session.page.frame({ url: /index\.html/ })!;
    await playActions(sco, actions);
    await waitForView(sco, ["ending"]);
    expect(await frame.locator("body").textContent()).toBeTruthy();
    await unloadSco(session.page);
    return await lmsSnapshot(session.page);
  } finally {
    await close(session);
  }
}

function setValues(snapshot: LmsSnapshot, fn: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of snapshot.calls) if (c.fn === fn) out.set(c.args[0]!, c.args[1]!);
  return out;
}

const scenarios: { name: string; scenario: Scenario }[] = [
  { name: "fixture", scenario: exportFixture().scenario },
  ...templateScenarios(),
];

for (const { name, scenario } of scenarios) {
  const passing = findRun(scenario, GOALS.passed);
  const failing = findRun(scenario, GOALS.failed);

  describe(`SCORM 1.2 in scorm-again: ${name}`, () => {
    it.runIf(passing)(
      "a passing run reports passed, its score, interactions and time",
      async () => {
        const snap = await playToEnd("scorm12", scenario, passing!.actions);
        expect(strictScormProblems("scorm12", snap.calls)).toEqual([]);
        const set = setValues(snap, "LMSSetValue");
        expect(set.get("cmi.core.lesson_status")).toBe("passed");
        expect(set.get("cmi.core.exit")).toBe("");
        expect(Number(set.get("cmi.core.score.raw"))).toBeCloseTo(passing!.record.scaled * 100, 1);
        const cmi = snap.cmi as {
          core: Record<string, unknown>;
          interactions: Record<string, Record<string, unknown>>;
        };
        expect(cmi.core.lesson_status).toBe("passed");
        const decisions = passing!.actions.filter((a) => a.kind === "choose").length;
        expect(Object.keys(cmi.interactions).length).toBeGreaterThanOrEqual(decisions);
        expect(set.get("cmi.core.session_time")).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
      },
    );

    it.runIf(failing)("a failing run reports failed", async () => {
      const snap = await playToEnd("scorm12", scenario, failing!.actions);
      expect(strictScormProblems("scorm12", snap.calls)).toEqual([]);
      const set = setValues(snap, "LMSSetValue");
      expect(set.get("cmi.core.lesson_status")).toBe("failed");
      expect((snap.cmi as { core: Record<string, unknown> }).core.lesson_status).toBe("failed");
    });
  });

  describe(`SCORM 2004 in scorm-again: ${name}`, () => {
    it.runIf(passing)(
      "a passing run reports completed and passed with scaled score and objectives",
      async () => {
        const snap = await playToEnd("scorm2004", scenario, passing!.actions);
        expect(strictScormProblems("scorm2004", snap.calls)).toEqual([]);
        const set = setValues(snap, "SetValue");
        expect(set.get("cmi.completion_status")).toBe("completed");
        expect(set.get("cmi.success_status")).toBe("passed");
        expect(set.get("cmi.exit")).toBe("normal");
        expect(Number(set.get("cmi.score.scaled"))).toBeCloseTo(passing!.record.scaled, 4);
        const cmi = snap.cmi as Record<string, unknown> & {
          objectives: Record<string, { id: string }>;
        };
        expect(cmi.completion_status).toBe("completed");
        expect(cmi.success_status).toBe("passed");
        expect(
          Object.values(cmi.objectives)
            .map((o) => o.id)
            .sort(),
        ).toEqual(scenario.rubric.dimensions.map((d) => d.id).sort());
      },
    );

    it.runIf(failing)("a failing run reports failed", async () => {
      const snap = await playToEnd("scorm2004", scenario, failing!.actions);
      expect(strictScormProblems("scorm2004", snap.calls)).toEqual([]);
      const set = setValues(snap, "SetValue");
      expect(set.get("cmi.success_status")).toBe("failed");
      expect((snap.cmi as Record<string, unknown>).success_status).toBe("failed");
    });
  });
}

describe("resume from suspend data", () => {
  const { scenario } = exportFixture();
  const run = findRun(scenario, GOALS.passed)!;
  const half = Math.ceil(run.actions.length / 2);

  for (const version of ["scorm12", "scorm2004"] as const) {
    it(`${version}: leaving mid-run suspends, relaunching resumes at the same step and can still pass`, async () => {
      const first = await launch(
        version,
        scenario,
        version === "scorm12" ? LEARNER_12 : LEARNER_2004,
      );
      let where: { kind: string | null; nodeId: string | null };
      let snap1: LmsSnapshot;
      try {
        const sco = first.page.frame({ url: /index\.html/ })!;
        await playActions(sco, run.actions.slice(0, half));
        where = await sco.evaluate(() => {
          // biome-ignore lint/suspicious/noExplicitAny: the player's global
          const v = (window as any).Forkline.current.getView();
          return { kind: v.kind, nodeId: v.nodeId };
        });
        await unloadSco(first.page);
        snap1 = await lmsSnapshot(first.page);
      } finally {
        await close(first);
      }
      expect(strictScormProblems(version, snap1.calls)).toEqual([]);
      const set1 = setValues(snap1, version === "scorm12" ? "LMSSetValue" : "SetValue");
      const suspend = set1.get("cmi.suspend_data")!;
      expect(suspend.length).toBeGreaterThan(0);
      expect(set1.get(version === "scorm12" ? "cmi.core.exit" : "cmi.exit")).toBe("suspend");

      // The LMS hands the data back on the next launch, with entry = resume.
      const seed =
        version === "scorm12"
          ? {
              core: {
                ...LEARNER_12.core,
                entry: "resume",
                lesson_status: "incomplete",
                lesson_location: set1.get("cmi.core.lesson_location"),
              },
              suspend_data: suspend,
            }
          : {
              ...LEARNER_2004,
              entry: "resume",
              completion_status: "incomplete",
              location: set1.get("cmi.location"),
              suspend_data: suspend,
            };
      const second = await launch(version, scenario, seed);
      try {
        const sco = second.page.frame({ url: /index\.html/ })!;
        const resumed = await waitForView(sco, [where.kind!]);
        expect(resumed.nodeId).toBe(where.nodeId);
        await playActions(sco, run.actions.slice(half));
        await waitForView(sco, ["ending"]);
        await unloadSco(second.page);
        const snap2 = await lmsSnapshot(second.page);
        expect(strictScormProblems(version, snap2.calls)).toEqual([]);
        const set2 = setValues(snap2, version === "scorm12" ? "LMSSetValue" : "SetValue");
        expect(
          set2.get(version === "scorm12" ? "cmi.core.lesson_status" : "cmi.success_status"),
        ).toBe("passed");
      } finally {
        await close(second);
      }
    });
  }
});
