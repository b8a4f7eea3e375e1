import { join } from "node:path";
import react from "@vitejs/plugin-react";
import { unzipSync } from "fflate";
import type { Browser } from "playwright-core";
import { build, type Rollup } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeScenario } from "../../core";
import { type Authorize, refusal } from "../../server";
import { type InProcessServer, startInProcess } from "../server/support/in-process-server";
import { launchChromium } from "../support/chromium";
import { REPO_ROOT } from "../support/conformance-dir";
import { exportFixture } from "../support/export-scenario";
import { type PackageServer, servePackage } from "../support/package-server";

const authorize: Authorize = async (request) =>
  request.headers["x-as"] === "designer"
    ? { user: { id: "u-d", name: "D", color: "#123456" }, role: "designer" }
    : refusal(401);

let browser: Browser;
let api: InProcessServer;
let page: PackageServer;
const { scenario } = exportFixture({ passing: false, id: "dialog-case" });

/** The dialog bundled for the browser the way the studio's build would, React included. */
async function buildHarness(): Promise<{ js: string; css: string }> {
  // The React plugin picks its JSX runtime from NODE_ENV, which the test runner sets to "test".
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  const output = (await build({
    configFile: false,
    mode: "production",
    root: REPO_ROOT,
    logLevel: "error",
    plugins: [react()],
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    build: {
      write: false,
      minify: false,
      lib: {
        entry: join(REPO_ROOT, "tests/support/export-dialog-harness.tsx"),
        formats: ["iife"],
        name: "ExportDialogHarness",
      },
    },
  }).finally(() => {
    process.env.NODE_ENV = env;
  })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
  const items = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  const js = items.find((i) => i.type === "chunk")!;
  const css = items.find((i) => i.type === "asset" && i.fileName.endsWith(".css"));
  return {
    js: (js as Rollup.OutputChunk).code,
    css: css ? String((css as Rollup.OutputAsset).source) : "",
  };
}

beforeAll(async () => {
  api = await startInProcess({ authorize });
  const imported = await fetch(`${api.url}/api/scenarios/import`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-as": "designer" },
    body: writeScenario(scenario),
  });
  expect(imported.status).toBe(201);
  const harness = await buildHarness();
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Export</title><style>${harness.css}</style></head>
<body><div id="root"></div><script>window.__scenarioId = "dialog-case"; window.__scenario = ${JSON.stringify(scenario).replace(/</g, "\\u003c")};</script>
<script src="/harness.js"></script></body></html>`;
  // The page and the API on one origin, as in the studio: /api goes to the real server.
  page = await servePackage(
    new Map<string, string>([
      ["index.html", html],
      ["harness.js", harness.js],
    ]),
    [
      async (req, res, url) => {
        if (!url.pathname.startsWith("/api/")) return false;
        const chunks: Buffer[] = [];
        for await (const c of req) chunks.push(c as Buffer);
        const upstream = await fetch(`${api.url}${url.pathname}${url.search}`, {
          method: req.method ?? "GET",
          headers: {
            "content-type": req.headers["content-type"] ?? "application/json",
            "x-as": "designer",
          },
          ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
        });
        const headers: Record<string, string> = {};
        upstream.headers.forEach((v, k) => {
          if (k !== "content-encoding" && k !== "transfer-encoding" && k !== "content-length")
            headers[k] = v;
        });
        res.writeHead(upstream.status, headers).end(Buffer.from(await upstream.arrayBuffer()));
        return true;
      },
    ],
  );
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await page?.close();
  await api?.close();
});

describe("the studio's export dialog", () => {
  it("builds its form from the options schema, shows diagnostics before building, then builds and downloads", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on("pageerror", (e) => errors.push(e.message));
    await tab.goto(`${page.origin}/index.html`);
    const dialog = tab.getByRole("dialog", { name: "Export" });
    const format = dialog.getByLabel("Format");
    await expect.poll(() => format.inputValue()).toBe("scorm2004");
    // Fields come from the schema: a text field, a nullable number, an enum.
    await expect.poll(() => dialog.getByLabel("Manifest identifier").count()).toBe(1);
    await expect.poll(() => dialog.getByLabel("Passing score (0-1)").getAttribute("max")).toBe("1");
    expect(await dialog.getByLabel("Commit to the LMS").inputValue()).toBe("answer");
    // Without a passing rule the exporter says what the LMS will record.
    await expect.poll(() => dialog.getByText("success_status unknown").count()).toBeGreaterThan(0);

    // cmi5 with moveOn Passed cannot be reached by this scenario: an error, and building is off.
    await format.selectOption("cmi5");
    await dialog.getByLabel("Move on when").selectOption("Passed");
    await expect.poll(() => dialog.getByText("learners could never move on").count()).toBe(1);
    expect(await dialog.getByRole("button", { name: "Build package" }).isDisabled()).toBe(true);
    await dialog.getByLabel("Move on when").selectOption("Completed");
    await expect.poll(() => dialog.getByText("learners could never move on").count()).toBe(0);

    const button = dialog.getByRole("button", { name: "Build package" });
    expect(await button.isDisabled()).toBe(false);
    await button.click();
    const link = dialog.getByRole("link", { name: /Download a-late-refund\.cmi5\.zip/ });
    await link.waitFor({ timeout: 20_000 });
    const [download] = await Promise.all([tab.waitForEvent("download"), link.click()]);
    const path = await download.path();
    const { readFileSync } = await import("node:fs");
    const files = unzipSync(new Uint8Array(readFileSync(path)));
    expect(new TextDecoder().decode(files["cmi5.xml"])).toContain('moveOn="Completed"');
    expect(errors).toEqual([]);
    await context.close();
  });
});
