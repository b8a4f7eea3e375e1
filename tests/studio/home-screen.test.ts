import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  api,
  createScenario,
  eventually,
  newContext,
  type Studio,
  startStudio,
  watchErrors,
} from "./studio-harness";

interface Listed {
  scenarios: { id: string; title: string; deletedAt: string | null }[];
}

const rows = (page: Page) => page.locator(".scenario-list .scenario-row");

describe("home screen", () => {
  let studio: Studio;
  let page: Page;
  let errors: string[];
  let dir: string;

  beforeAll(async () => {
    studio = await startStudio();
    const context = await newContext(studio);
    page = await context.newPage();
    errors = watchErrors(page);
    dir = mkdtempSync(join(tmpdir(), "forkline-import-"));
  });

  afterAll(async () => {
    await studio?.close();
  });

  it("says what to do when there are no scenarios", async () => {
    await page.goto("/");
    const empty = page.locator(".empty-state");
    await empty.waitFor();
    const text = (await empty.textContent()) ?? "";
    expect(text).toContain("New scenario");
    expect(text).toContain("Import JSON");
  });

  it("creates a scenario from a template chosen in the dialog and opens it", async () => {
    await page.getByRole("button", { name: "New scenario" }).click();
    const dialog = page.getByRole("dialog", { name: "New scenario" });
    await dialog.waitFor();
    const templates = await api<{ templates: { name: string; title: string }[] }>(
      studio,
      "/api/templates",
    );
    const template = templates.templates[0]!;
    await dialog.getByLabel(template.title).check();
    await dialog.getByLabel("Title").fill("From a template");
    await dialog.getByRole("button", { name: "Create scenario" }).click();
    await page.waitForURL(/\/s\/[^/]+$/);
    await page.locator(".connection--connected").waitFor();
    await page.locator(".react-flow__node").first().waitFor();
    expect((await page.locator(".editor-header__title").textContent()) ?? "").toBe(
      "From a template",
    );
    const id = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
    const listed = await api<Listed>(studio, "/api/scenarios");
    expect(listed.scenarios.map((s) => s.id)).toContain(id);

    // Back on the list, the row tells the story apart: its summary, size and tags.
    const record = await api<
      Listed["scenarios"][number] & { summary: string; tags: string[]; nodeCount: number }
    >(studio, `/api/scenarios/${encodeURIComponent(id)}`);
    await page.goto("/");
    const row = rows(page).filter({ hasText: "From a template" });
    await row.locator(".scenario-row__summary").waitFor();
    expect(await row.locator(".scenario-row__summary").textContent()).toBe(record.summary);
    expect(await row.locator(".scenario-row__facts").textContent()).toContain(
      `${record.nodeCount} nodes`,
    );
    const chips = await row
      .getByRole("list", { name: "Tags" })
      .getByRole("listitem")
      .allInnerTexts();
    expect(chips.slice(0, Math.min(5, record.tags.length))).toEqual(record.tags.slice(0, 5));
  });

  it("shows a clear error naming the JSON path when an import fails", async () => {
    await page.goto("/");
    const file = join(dir, "broken.json");
    writeFileSync(
      file,
      JSON.stringify({
        format: "forkline.scenario",
        version: 1,
        meta: { id: "x", title: "" },
        nodes: [],
      }),
    );
    await page.locator('input[type="file"]').setInputFiles(file);
    const alert = page.locator(".import-error[role=alert]");
    await alert.waitFor();
    const text = (await alert.textContent()) ?? "";
    expect(text).toContain("broken.json");
    expect(text).toMatch(/\$\.[a-z]/);
    // Nothing was created.
    const listed = await api<Listed>(studio, "/api/scenarios");
    expect(listed.scenarios.map((s) => s.title)).not.toContain("");
  });

  it("imports a valid file and opens it", async () => {
    const source = await createScenario(studio, "Exported one");
    const exported = await fetch(`${studio.server.url}/api/scenarios/${source}/export.json`).then(
      (r) => r.text(),
    );
    const file = join(dir, "good.json");
    writeFileSync(file, exported);
    await page.goto("/");
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.waitForURL(/\/s\/[^/]+$/);
    await page.locator(".react-flow__node").first().waitFor();
  });

  it("searches and sorts the list", async () => {
    await createScenario(studio, "Zebra escalation");
    await page.goto("/");
    await rows(page).first().waitFor();
    await page.getByLabel("Search").fill("zebra");
    await eventually(async () => {
      const titles = await rows(page).locator(".scenario-row__title").allInnerTexts();
      expect(titles).toEqual(["Zebra escalation"]);
    });
    await page.getByLabel("Search").fill("");
    await page.getByLabel("Sort by").selectOption("title");
    await eventually(async () => {
      const titles = await rows(page).locator(".scenario-row__title").allInnerTexts();
      expect(titles.length).toBeGreaterThan(2);
      expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
    });
  });

  it("renames a scenario in place", async () => {
    const id = await createScenario(studio, "Old name");
    await page.goto("/");
    await page.getByRole("button", { name: "Rename Old name" }).click();
    const input = page.getByLabel("New title for Old name");
    await input.fill("New name");
    await input.press("Enter");
    await eventually(async () => {
      const one = await api<{ title: string }>(studio, `/api/scenarios/${id}`);
      expect(one.title).toBe("New name");
    });
    await page.getByRole("link", { name: "New name", exact: true }).waitFor();
  });

  it("duplicates a scenario", async () => {
    await createScenario(studio, "Twin");
    await page.goto("/");
    await page.getByRole("button", { name: "Duplicate Twin" }).click();
    await eventually(async () => {
      const listed = await api<Listed>(studio, "/api/scenarios");
      expect(listed.scenarios.filter((s) => s.title.includes("Twin")).length).toBe(2);
    });
  });

  it("deletes with undo, and restores from Recently deleted", async () => {
    const id = await createScenario(studio, "Short-lived");
    await page.goto("/");
    await page.getByRole("button", { name: "Delete Short-lived" }).click();
    await page
      .getByRole("link", { name: "Short-lived", exact: true })
      .waitFor({ state: "detached" });
    await page.locator(".toast").getByRole("button", { name: "Undo" }).click();
    await page.getByRole("link", { name: "Short-lived", exact: true }).waitFor();

    await page.getByRole("button", { name: "Delete Short-lived" }).click();
    await page
      .getByRole("link", { name: "Short-lived", exact: true })
      .waitFor({ state: "detached" });
    await page.getByRole("link", { name: "Recently deleted" }).click();
    await page.getByRole("button", { name: "Restore Short-lived" }).click();
    await eventually(async () => {
      const one = await api<{ deletedAt: string | null }>(studio, `/api/scenarios/${id}`);
      expect(one.deletedAt).toBeNull();
    });
    await page.getByRole("link", { name: "Scenarios", exact: true }).click();
    await page.getByRole("link", { name: "Short-lived", exact: true }).waitFor();
  });

  it("is usable from the keyboard alone", async () => {
    await page.goto("/");
    await rows(page).first().waitFor();
    // Tab reaches the create button, and every focused control shows a focus ring.
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return null;
        const style = getComputedStyle(el);
        const ring = style.outlineStyle !== "none" && style.outlineWidth !== "0px";
        const label = el.getAttribute("aria-label") ?? el.textContent?.trim() ?? "";
        return { label, ring, tag: el.tagName };
      });
      if (!info) continue;
      seen.push(info.label);
      expect(info.ring, `focus ring on ${info.tag} "${info.label}"`).toBe(true);
    }
    expect(seen).toContain("New scenario");
    await page.getByRole("button", { name: "New scenario" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("dialog", { name: "New scenario" }).waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("dialog", { name: "New scenario" }).waitFor({ state: "hidden" });
  });

  it("raised no page errors", () => {
    expect(errors).toEqual([]);
  });
});
