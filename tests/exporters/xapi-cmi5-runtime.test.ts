import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Scenario } from "../../core";
import { CMI5, checkCmi5Statements, cmi5CourseId, xapiActivityId } from "../../exporters";
import { launchChromium } from "../support/chromium";
import { playActions, waitForView } from "../support/drive-player";
import { exportPackage } from "../support/export-package";
import { exportFixture } from "../support/export-scenario";
import { cmi5Launch, xapiLaunchUrl } from "../support/lrs-launch";
import { type PackageServer, servePackage } from "../support/package-server";
import { findRun, GOALS, type RunAction } from "../support/run-paths";
import { templateScenarios } from "../support/templates";
import { type StoredStatement, startTestLrs, type TestLrs } from "../support/test-lrs";

let browser: Browser;
let lrs: TestLrs;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  lrs = await startTestLrs();
  context = await browser.newContext({ reducedMotion: "reduce" });
});
afterEach(async () => {
  await context?.close();
  await lrs?.close();
});

const XAPI_BASE = "https://learning.example.com/forkline";
const verbs = (list: readonly StoredStatement[]) =>
  list.map((s) => (s.verb as { id: string }).id.replace(/^.*\//, ""));

async function serve(format: "xapi" | "cmi5", scenario: Scenario): Promise<PackageServer> {
  const options = format === "xapi" ? { activityIdBase: XAPI_BASE } : {};
  const { unzipped } = await exportPackage(format, scenario, new Map(), options);
  return servePackage(new Map(unzipped));
}

/** Leaves the page the way a learner closing the tab does; the player terminates on pagehide. */
async function leave(page: Page) {
  await page.goto("about:blank");
}

async function until(what: string, check: () => boolean, timeoutMs = 20000) {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const has = (verb: string) => () => verbs(lrs.statements).includes(verb);

describe("xAPI package against the test LRS", () => {
  const scenarios = [
    { name: "fixture", scenario: exportFixture().scenario },
    ...templateScenarios(),
  ];
  for (const { name, scenario } of scenarios) {
    const passing = findRun(scenario, GOALS.passed) ?? findRun(scenario, GOALS.completed);
    it.runIf(passing)(
      `${name}: a run sends valid statements with ADL verbs, in order`,
      async () => {
        const server = await serve("xapi", scenario);
        try {
          const activityId = xapiActivityId(scenario, XAPI_BASE);
          const launch = xapiLaunchUrl(`${server.origin}/index.html`, lrs, activityId);
          const page = await context.newPage();
          await page.goto(launch.url);
          await playActions(page, passing!.actions);
          await waitForView(page, ["ending"]);
          await leave(page);
          await until("terminated", has("terminated"));
          expect(lrs.rejected).toEqual([]);
          const list = lrs.statements;
          const v = verbs(list);
          expect(v[0]).toBe("initialized");
          expect(v[v.length - 1]).toBe("terminated");
          const decisions = passing!.actions.filter((a) => a.kind === "choose");
          const answered = list.filter((s) =>
            (s.object as { id: string }).id.includes("/decisions/"),
          );
          expect(answered.map((s) => (s.result as { response: string }).response)).toEqual(
            decisions.map((d) => (d.kind === "choose" ? d.optionId : "")),
          );
          for (const s of answered) {
            const result = s.result as { extensions: Record<string, unknown> };
            expect(
              Object.keys(result.extensions).every((k) =>
                k.startsWith(`${activityId}/extensions/`),
              ),
            ).toBe(true);
            expect(result.extensions[`${activityId}/extensions/skills-practised`]).toBeInstanceOf(
              Array,
            );
          }
          expect(v).toContain("experienced");
          expect(v).toContain("progressed");
          expect(v).toContain("completed");
          const verdict = passing!.record.success === "passed" ? "passed" : null;
          if (verdict) {
            const s = list.find((x) => verbs([x])[0] === "passed")!;
            expect((s.result as { duration: string }).duration).toMatch(/^PT/);
            expect((s.result as { success: boolean }).success).toBe(true);
          }
          for (const s of list) {
            expect((s.context as { registration: string }).registration).toBe(launch.registration);
            expect((s.actor as { account: { name: string } }).account.name).toBe("learner-1");
          }
        } finally {
          await server.close();
        }
      },
    );
  }

  it("queues statements while the LRS is unreachable and delivers every one, in a later launch too", async () => {
    const { scenario } = exportFixture();
    const run = findRun(scenario, GOALS.passed)!;
    const server = await serve("xapi", scenario);
    try {
      const activityId = xapiActivityId(scenario, XAPI_BASE);
      const launch = xapiLaunchUrl(`${server.origin}/index.html`, lrs, activityId);
      lrs.setDown(true);
      const page = await context.newPage();
      await page.goto(launch.url);
      const half = Math.ceil(run.actions.length / 2);
      await playActions(page, run.actions.slice(0, half));
      const queued = await page.evaluate(() =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith("forkline.xapi:") && !k.endsWith(":rejected"))
          .map((k) => (JSON.parse(localStorage.getItem(k) ?? "[]") as unknown[]).length)
          .reduce((a, b) => a + b, 0),
      );
      expect(queued).toBeGreaterThan(2);
      expect(lrs.statements).toEqual([]);
      // The LRS comes back while the learner is still in the run: the retry delivers the backlog.
      lrs.setDown(false);
      await until("the queued statements", () => lrs.statements.length >= queued, 40000);
      // Down again for the rest; the learner closes the tab with statements still queued.
      lrs.setDown(true);
      await playActions(page, run.actions.slice(half));
      await waitForView(page, ["ending"]);
      await leave(page);
      const beforeRelaunch = lrs.statements.length;
      lrs.setDown(false);
      // A later launch of the same package sends what the closed tab could not.
      const again = await context.newPage();
      await again.goto(
        xapiLaunchUrl(`${server.origin}/index.html`, lrs, activityId, launch.registration).url,
      );
      await until(
        "the first launch's terminated",
        () => lrs.statements.filter((s) => verbs([s])[0] === "terminated").length >= 1,
        40000,
      );
      expect(lrs.statements.length).toBeGreaterThan(beforeRelaunch);
      const first = lrs.statements.filter(
        (s) => (s.context as { registration: string }).registration === launch.registration,
      );
      const v = verbs(first);
      const decisions = run.actions.filter((a) => a.kind === "choose").length;
      expect(v.filter((x) => x === "answered").length).toBeGreaterThanOrEqual(decisions);
      for (const verb of ["initialized", "completed", "passed", "terminated"])
        expect(v).toContain(verb);
      expect(new Set(lrs.statements.map((s) => s.id)).size).toBe(lrs.statements.length);
      expect(lrs.rejected).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe("cmi5 package against the test LRS", () => {
  const auIdOf = (scenario: Scenario) =>
    `${cmi5CourseId(scenario, { courseId: "", title: "", moveOn: "auto", masteryScore: null, launchMethod: "AnyWindow" })}/au`;

  async function session(
    scenario: Scenario,
    server: PackageServer,
    actions: readonly RunAction[],
    options: Parameters<typeof cmi5Launch>[3] = {},
  ) {
    const auId = auIdOf(scenario);
    const launch = cmi5Launch(`${server.origin}/index.html`, lrs, auId, options);
    const page = await context.newPage();
    await page.goto(launch.url);
    await waitForView(page, ["scene", "decision", "reflection"]);
    await playActions(page, actions);
    return { page, launch, auId };
  }

  const scenarios = [
    { name: "fixture", scenario: exportFixture().scenario },
    ...templateScenarios(),
  ];
  for (const { name, scenario } of scenarios) {
    for (const goal of ["passed", "failed"] as const) {
      const run = findRun(scenario, GOALS[goal]);
      it.runIf(run)(
        `${name}: a ${goal} run follows the cmi5 launch sequence and statement rules`,
        async () => {
          const server = await serve("cmi5", scenario);
          try {
            const { page, launch, auId } = await session(scenario, server, run!.actions);
            await waitForView(page, ["ending"]);
            await leave(page);
            await until("terminated", has("terminated"));
            expect(lrs.rejected).toEqual([]);
            expect(lrs.requests.filter((r) => r.startsWith("POST /fetch/"))).toHaveLength(1);
            expect(lrs.requests).toContain("GET /xapi/activities/state");
            const findings = checkCmi5Statements(lrs.statements, {
              activityId: auId,
              registration: launch.registration,
              launchMode: "Normal",
            });
            expect(findings).toEqual([]);
            const defined = lrs.statements.filter((s) =>
              (
                s.context as { contextActivities?: { category?: { id: string }[] } }
              ).contextActivities?.category?.some((c) => c.id === CMI5.categoryCmi5),
            );
            const expected = [
              "initialized",
              ...(run!.record.completion === "completed" ? ["completed"] : []),
              goal,
              "terminated",
            ];
            expect(verbs(defined)).toEqual(expected);
            for (const s of lrs.statements) {
              const grouping = (s.context as { contextActivities: { grouping: { id: string }[] } })
                .contextActivities.grouping;
              expect(grouping.map((g) => g.id)).toContain(launch.publisherId);
            }
          } finally {
            await server.close();
          }
        },
      );
    }
  }

  it("with a mastery score from the LMS, passed carries it and follows score.scaled", async () => {
    const { scenario } = exportFixture();
    const run = findRun(scenario, GOALS.passed)!;
    const server = await serve("cmi5", scenario);
    try {
      const { page, launch, auId } = await session(scenario, server, run.actions, {
        masteryScore: 0.5,
      });
      await waitForView(page, ["ending"]);
      await leave(page);
      await until("terminated", has("terminated"));
      expect(
        checkCmi5Statements(lrs.statements, {
          activityId: auId,
          registration: launch.registration,
          launchMode: "Normal",
          masteryScore: 0.5,
        }),
      ).toEqual([]);
      const passed = lrs.statements.find((s) => verbs([s])[0] === "passed")!;
      expect(
        (passed.context as { extensions: Record<string, unknown> }).extensions[CMI5.masteryScore],
      ).toBe(0.5);
    } finally {
      await server.close();
    }
  });

  it("Browse mode sends only initialized and terminated", async () => {
    const { scenario } = exportFixture();
    const run = findRun(scenario, GOALS.passed)!;
    const server = await serve("cmi5", scenario);
    try {
      const { page, launch, auId } = await session(scenario, server, run.actions, {
        launchMode: "Browse",
      });
      await waitForView(page, ["ending"]);
      await leave(page);
      await until("terminated", has("terminated"));
      expect(verbs(lrs.statements)).toEqual(["initialized", "terminated"]);
      expect(
        checkCmi5Statements(lrs.statements, {
          activityId: auId,
          registration: launch.registration,
          launchMode: "Browse",
        }),
      ).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("leaving mid-run and relaunching resumes in a new session; the registration stays within the rules", async () => {
    const { scenario } = exportFixture();
    const run = findRun(scenario, GOALS.passed)!;
    const half = Math.ceil(run.actions.length / 2);
    const server = await serve("cmi5", scenario);
    try {
      const first = await session(scenario, server, run.actions.slice(0, half));
      const where = await first.page.evaluate(() => {
        // biome-ignore lint/suspicious/noExplicitAny: the player's global
        return (window as any).Forkline.current.getView().nodeId as string;
      });
      await leave(first.page);
      await until("first terminated", has("terminated"));
      const second = await session(scenario, server, [], {
        registration: first.launch.registration,
      });
      const resumed = await waitForView(second.page, [
        "scene",
        "decision",
        "feedback",
        "reflection",
      ]);
      expect(resumed.nodeId).toBe(where);
      await playActions(second.page, run.actions.slice(half));
      await waitForView(second.page, ["ending"]);
      await leave(second.page);
      await until(
        "second terminated",
        () => verbs(lrs.statements).filter((v) => v === "terminated").length === 2,
      );
      expect(lrs.rejected).toEqual([]);
      expect(
        checkCmi5Statements(lrs.statements, {
          activityId: first.auId,
          registration: first.launch.registration,
          launchMode: "Normal",
        }),
      ).toEqual([]);
      expect(verbs(lrs.statements).filter((v) => v === "passed")).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
