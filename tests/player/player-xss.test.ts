import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { HOSTILE_ASSETS, hostileScenario, VECTORS } from "./fixtures/hostile";
import { findEndingRoutes } from "./support/find-endings";
import { playerHarness } from "./support/player-harness";
import { openBootPage, playByKeyboard, viewOf } from "./support/player-page";

const harness = playerHarness();

/** Everything in the DOM that could run code, or a link that could. */
function inspect(page: Page) {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll("*")];
    return {
      pwned: (globalThis as { __pwned?: unknown }).__pwned ?? null,
      scripts: document.scripts.length,
      handlers: all.flatMap((e) =>
        [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName} ${a.name}`),
      ),
      dangerous: all
        .filter(
          (e) =>
            /^(IFRAME|OBJECT|EMBED|SCRIPT|BASE|META|FRAME)$/.test(e.tagName) &&
            e.closest("#forkline-player"),
        )
        .map((e) => e.tagName),
      links: [...document.querySelectorAll("a")].map((a) => ({
        href: a.href,
        rel: a.rel,
        target: a.target,
      })),
      sources: [...document.querySelectorAll("[src]")].map((e) => (e as HTMLImageElement).src),
      text: document.getElementById("forkline-player")!.textContent ?? "",
    };
  });
}

describe("hostile scenario text stays inert in Chromium", () => {
  it("renders every vector as text on every view, through every ending", async () => {
    const scenario = hostileScenario();
    const routes = [...findEndingRoutes(scenario).values()].filter((r) =>
      r.every((s) => s.t !== "timeout"),
    );
    expect(routes.length).toBeGreaterThanOrEqual(2);
    const { page, dialogs, errors } = await openBootPage(
      harness.browser,
      harness.server,
      scenario,
      {
        config: { assets: HOSTILE_ASSETS },
      },
    );
    expect(await page.title()).toBe(
      scenario.meta.title
        .replace(/[\u2028\u2029]/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
    );
    const seen = new Set<string>();
    for (const route of routes) {
      // biome-ignore lint/suspicious/noExplicitAny: the bundle's global
      await page.evaluate(() => (globalThis as any).Forkline.current.restart());
      for (let i = 0; i <= route.length; i++) {
        const report = await inspect(page);
        seen.add((await viewOf(page)).kind);
        expect(report.pwned).toBeNull();
        expect(report.scripts).toBe(3);
        expect(report.handlers).toEqual([]);
        expect(report.dangerous).toEqual([]);
        for (const link of report.links) {
          expect(link.href).toMatch(/^(https?|mailto):/);
          expect(link.rel).toBe("noopener noreferrer");
          expect(link.target).toBe("_blank");
        }
        for (const src of report.sources) expect(src).not.toMatch(/^(javascript|data|vbscript):/i);
        if (i < route.length) await playByKeyboard(page, [route[i]!]);
      }
      const report = await inspect(page);
      for (const vector of VECTORS.slice(0, 4)) expect(report.text).toContain(vector);
      expect(report.text).toContain("kept text of an unknown node");
      expect(report.links.map((l) => l.href)).toContain("https://ok.example/");
    }
    expect([...seen].sort()).toEqual(["decision", "ending", "feedback", "reflection", "scene"]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("renders the same vectors inertly through renderRichText directly", async () => {
    const { page, dialogs } = await openBootPage(
      harness.browser,
      harness.server,
      hostileScenario(),
    );
    const html = await page.evaluate(() => {
      // biome-ignore lint/suspicious/noExplicitAny: the bundle's global
      const f = (globalThis as any).Forkline;
      const box = document.createElement("div");
      box.append(
        f.renderRichText({
          type: "doc",
          content: [
            { type: "paragraph", content: [{ type: "text", text: "<b onclick=alert(1)>x</b>" }] },
            {
              type: "text",
              text: "top-level text",
              marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }],
            },
            "not a node",
            null,
            { type: "paragraph", content: "not an array" },
          ],
        }),
      );
      return box.innerHTML;
    });
    expect(html).toBe("<p>&lt;b onclick=alert(1)&gt;x&lt;/b&gt;</p>top-level text<p></p>");
    expect(dialogs).toEqual([]);
    await page.context().close();
  });
});
