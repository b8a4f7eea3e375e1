import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notFound, requireGrant, sendJson } from "../../server";
import { api } from "./support/api";
import { type InProcessServer, startInProcess } from "./support/in-process-server";

let s: InProcessServer;
let http: ReturnType<typeof api>;
let studio: string;
let templates: string;

beforeAll(async () => {
  studio = mkdtempSync(join(tmpdir(), "forkline-studio-"));
  mkdirSync(join(studio, "assets"));
  writeFileSync(join(studio, "index.html"), "<!doctype html><title>studio</title>");
  writeFileSync(join(studio, "assets", "index-DiwrgTda.js"), "console.log(1)");
  writeFileSync(join(studio, "assets", "index-B7xk2mQp.css"), "body{}");
  writeFileSync(join(studio, "favicon.svg"), "<svg/>");
  // A copy of the real templates plus one broken folder, which must be skipped.
  templates = mkdtempSync(join(tmpdir(), "forkline-templates-"));
  const real = join(process.cwd(), "templates");
  for (const name of readdirSync(real)) {
    mkdirSync(join(templates, name));
    writeFileSync(
      join(templates, name, "scenario.json"),
      await import("node:fs/promises").then((fs) => fs.readFile(join(real, name, "scenario.json"))),
    );
  }
  mkdirSync(join(templates, "broken-one"));
  writeFileSync(join(templates, "broken-one", "scenario.json"), '{"format":"forkline.scenario"}');
  s = await startInProcess({
    env: { FORKLINE_STUDIO_DIR: studio, FORKLINE_TEMPLATES_DIR: templates },
    // Another part adding its own route beside the built-in ones, behind the same hook.
    extendApi: (router, context) =>
      router.add("GET", "/api/scenarios/:id/extra", async (c) => {
        const grant = await requireGrant(context, c.request, c.params.id ?? null, false);
        const record = await context.store.getScenario(c.params.id ?? "");
        if (!record) throw notFound("scenario");
        sendJson(c.response, 200, { title: record.title, role: grant.role });
      }),
  });
  http = api(s.url);
});
afterAll(async () => {
  await s.close();
  rmSync(studio, { recursive: true, force: true });
  rmSync(templates, { recursive: true, force: true });
});

describe("health, me, templates", () => {
  it("health answers ok", async () => {
    const res = await http.get("/api/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true });
  });

  it("me is the single local designer", async () => {
    const res = await http.get("/api/me");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: "local", role: "designer" });
    expect(res.body.name).toBeTruthy();
    expect(res.body.color).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it("templates list the valid ones with their facts and skip the broken one", async () => {
    const res = await http.get("/api/templates");
    expect(res.status).toBe(200);
    const names = res.body.templates.map((t: { name: string }) => t.name);
    expect(names).not.toContain("broken-one");
    expect(names.length).toBe(readdirSync(templates).length - 1);
    for (const t of res.body.templates) {
      expect(t.title).toBeTruthy();
      expect(typeof t.summary).toBe("string");
      expect(Array.isArray(t.tags)).toBe(true);
      expect(t.nodeCount).toBeGreaterThan(0);
    }
  });
});

describe("extending the API", () => {
  it("serves a route added by another part, with JSON errors", async () => {
    const created = await http.post("/api/scenarios", { title: "Extended" });
    const res = await http.get(`/api/scenarios/${created.body.id}/extra`);
    expect(res.body).toEqual({ title: "Extended", role: "designer" });
    const missing = await http.get("/api/scenarios/nope/extra");
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("not_found");
  });
});

describe("the studio's static files", () => {
  it("serves hashed assets as immutable with their content type", async () => {
    const js = await fetch(`${s.url}/assets/index-DiwrgTda.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(js.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const css = await fetch(`${s.url}/assets/index-B7xk2mQp.css`);
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    const svg = await fetch(`${s.url}/favicon.svg`);
    expect(svg.headers.get("content-type")).toBe("image/svg+xml");
    expect(svg.headers.get("cache-control")).toBe("no-cache");
  });

  it("falls back to index.html for client-side routes, revalidated by ETag", async () => {
    const page = await fetch(`${s.url}/scenarios/sc_abc/edit`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("cache-control")).toBe("no-cache");
    expect(await page.text()).toContain("<title>studio</title>");
    const again = await fetch(`${s.url}/`, {
      headers: { "if-none-match": page.headers.get("etag") ?? "" },
    });
    expect(again.status).toBe(304);
  });

  it("answers 404 for a missing file and refuses to leave the studio folder", async () => {
    expect((await fetch(`${s.url}/assets/missing-12345678.js`)).status).toBe(404);
    expect((await fetch(`${s.url}/..%2f..%2fetc%2fpasswd`)).status).not.toBe(200);
    const traversal = await fetch(`${s.url}/%2e%2e/%2e%2e/etc/hostname.txt`);
    expect(traversal.status).toBe(404);
  });
});
