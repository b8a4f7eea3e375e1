import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/chromium";
import { playActions, waitForView } from "../support/drive-player";
import { exportPackage } from "../support/export-package";
import { exportFixture } from "../support/export-scenario";
import { servePackage } from "../support/package-server";
import { findRun, GOALS } from "../support/run-paths";
import { lmsHostPage, SCORM_AGAIN, unloadSco } from "../support/scorm-lms-host";
import { writeTemp } from "../support/xmllint";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Plays the page and collects every request that left file: and data: URLs. */
async function openOffline(
  html: Uint8Array,
  name: string,
): Promise<{ page: Page; outside: string[]; cleanup: () => Promise<void> }> {
  const tmp = writeTemp(new Map([[name, html]]));
  const context = await browser.newContext({ reducedMotion: "reduce", offline: true });
  const outside: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("data:")) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  await page.goto(pathToFileURL(join(tmp.dir, name)).href);
  return {
    page,
    outside,
    cleanup: async () => {
      await context.close();
      tmp.cleanup();
    },
  };
}

describe("standalone HTML", () => {
  it("plays offline from disk to an ending, media included, with no request outside the file", async () => {
    const { scenario, assets } = exportFixture({ withImage: true });
    const { output } = await exportPackage("html", scenario, assets);
    const run = findRun(scenario, GOALS.passed)!;
    const { page, outside, cleanup } = await openOffline(output.bytes, output.fileName);
    try {
      await waitForView(page, ["reflection"]);
      await playActions(page, run.actions);
      await waitForView(page, ["ending"]);
      const img = await page.evaluate(() => {
        const el = document.querySelector("img");
        return el
          ? {
              loaded: el.complete && el.naturalWidth > 0,
              src: el.getAttribute("src")!.slice(0, 15),
            }
          : null;
      });
      expect(img).toEqual({ loaded: true, src: "data:image/png;" });
      expect(outside).toEqual([]);
      // The page's policy keeps it off the network even for what would work offline.
      const fetched = await page.evaluate(() =>
        fetch("data:text/plain,hi").then(
          () => true,
          () => false,
        ),
      );
      expect(fetched).toBe(false);
    } finally {
      await cleanup();
    }
  });
});

describe("hostile scenario text stays inert when played", () => {
  const { scenario, assets } = exportFixture({ hostile: true, withImage: true });
  const run = findRun(scenario, GOALS.passed)!;

  async function inert(page: Page | import("playwright-core").Frame) {
    return page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      injectedImages: document.querySelectorAll('img[src="x"]').length,
      scripts: [...document.scripts].filter((s) => s.type !== "application/json").length,
      jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
      textShown: document.body.textContent?.includes("<script>window.__pwned") ?? false,
    }));
  }

  it("in the standalone page", async () => {
    const { output } = await exportPackage("html", scenario, assets);
    const { page, cleanup } = await openOffline(output.bytes, output.fileName);
    try {
      await playActions(page, run.actions);
      await waitForView(page, ["ending"]);
      expect(await inert(page)).toEqual({
        pwned: null,
        injectedImages: 0,
        scripts: 1,
        jsLinks: 0,
        textShown: true,
      });
    } finally {
      await cleanup();
    }
  });

  for (const version of ["scorm12", "scorm2004"] as const) {
    it(`in a ${version} package inside the LMS frame`, async () => {
      const { unzipped } = await exportPackage(version, scenario, assets);
      const files = new Map<string, Uint8Array | string>(unzipped);
      files.set(`__lms/${version}.js`, SCORM_AGAIN[version]);
      files.set("__lms/host.html", lmsHostPage(version, "/index.html", {}));
      const server = await servePackage(files);
      const context = await browser.newContext({ reducedMotion: "reduce" });
      try {
        const page = await context.newPage();
        await page.goto(`${server.origin}/__lms/host.html`);
        const sco = page.frame({ url: /index\.html/ })!;
        await playActions(sco, run.actions);
        await waitForView(sco, ["ending"]);
        expect(await inert(sco)).toEqual({
          pwned: null,
          injectedImages: 0,
          scripts: 1,
          jsLinks: 0,
          textShown: true,
        });
        expect(
          await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null),
        ).toBeNull();
        // Second wall: even script that got in could neither run inline code nor call out.
        const walls = await sco.evaluate(async (origin) => {
          const s = document.createElement("script");
          s.textContent = "window.__inline = 1";
          document.body.append(s);
          const fetched = await fetch(`${origin}/index.html`).then(
            () => true,
            () => false,
          );
          return { inline: (window as unknown as { __inline?: number }).__inline ?? null, fetched };
        }, server.origin);
        expect(walls).toEqual({ inline: null, fetched: false });
        await unloadSco(page);
      } finally {
        await context.close();
        await server.close();
      }
    });
  }
});
