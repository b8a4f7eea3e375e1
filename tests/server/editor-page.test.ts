import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { commands, FirstViewSchema, richTextFromPlain, writeScenario } from "../../core";
import { type DocumentRef, type DocumentStore, localAuthorize, refusal } from "../../server";
import { anEdge, anEnding, aScenario, aScene } from "../factories/scenario";
import { fetchPage, pageWithFirstPaint } from "../support/first-paint-page";
import { api } from "./support/api";
import { connectClient } from "./support/collab-client";
import { type InProcessServer, startInProcess } from "./support/in-process-server";

let s: InProcessServer | undefined;

afterEach(async () => {
  await s?.close();
  s = undefined;
});

const HOSTILE = `<img src=x onerror="alert(1)"></script><script>alert(2)</script>`;

/** A scenario whose every visible text tries to break out of the page. */
function hostileScenario() {
  const start = aScene({
    label: HOSTILE,
    text: richTextFromPlain(HOSTILE),
    position: { x: 0, y: 0 },
  });
  const end = anEnding({ label: "The end", position: { x: 400, y: 0 } });
  return aScenario({
    meta: { id: "hostile", title: HOSTILE },
    nodes: [start, end],
    edges: [anEdge({ source: start.id, target: end.id })],
  });
}

async function importHostile(server: InProcessServer): Promise<string> {
  const res = await api(server.url).post("/api/scenarios/import", writeScenario(hostileScenario()));
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const page = (server: InProcessServer, path: string) => fetchPage(`${server.url}${path}`);
const drawnPage = (server: InProcessServer, path: string) =>
  pageWithFirstPaint(`${server.url}${path}`);

describe("the editor page", () => {
  it("comes with the scenario's opening view drawn in, every text escaped", async () => {
    const server = await startInProcess();
    s = server;
    const id = await importHostile(server);
    const { status, type, html } = await drawnPage(server, `/s/${id}`);
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/html/);
    // One first paint, after the app's (empty) root, with its script right after it.
    expect(html.match(/<div id="first-paint"/g)).toHaveLength(1);
    expect(html.indexOf('id="first-paint"')).toBeGreaterThan(html.indexOf('<div id="root">'));
    expect(html).toMatch(/<\/div><script>\(function\(\)\{/);
    expect(html.match(/class="react-flow__node /g)).toHaveLength(2);
    expect(html).toContain('data-id="');
    // The hostile text is there, as text only.
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;/script&gt;");
    expect(html).not.toContain('<img src=x onerror="alert(1)">');
    expect(html).not.toContain("<script>alert(2)</script>");
    // The stylesheets the drawing needs are applied, not only preloaded.
    expect(html).not.toMatch(/rel="preload" as="style"/);
    expect(html).toMatch(/<link rel="stylesheet"[^>]+editor-screen-[^>]+\.css">/);
    // The app is still all there.
    expect(html).toContain('<div id="root"></div>');
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/index-/);

    // Drawn again only once the scenario has changed, and then as it is now.
    expect((await page(server, `/s/${id}`)).html).toContain("onerror=&quot;alert(1)");
    const designer = connectClient(server.wsUrl, id);
    await designer.synced;
    const startId = FirstViewSchema.parse(
      (await api(server.url).get(`/api/scenarios/${id}/first-view`)).body,
    ).startNodeId!;
    commands.setNodeData(designer.doc, { id: startId, data: { label: "Calm again" } });
    await expect
      .poll(async () => (await page(server, `/s/${id}`)).html, { timeout: 5000 })
      .toContain("Calm again");
    designer.destroy();
  });

  it("is the plain studio page for a scenario that is missing, deleted or not the reader's", async () => {
    s = await startInProcess({
      authorize: (request, scenarioId) =>
        request.headers["x-user"] === "stranger"
          ? refusal(403)
          : localAuthorize(request, scenarioId),
    });
    const id = await importHostile(s);
    // Drawn for its reader: what follows is left plain for a reason, not for want of a renderer.
    expect((await drawnPage(s, `/s/${id}`)).html).toContain('id="first-paint"');
    const plain = (html: string) => {
      expect(html).toContain('<div id="root"></div>');
      expect(html).not.toContain('id="first-paint"');
      expect(html).not.toContain("onerror");
    };
    const refused = await fetch(`${s.url}/s/${id}`, { headers: { "x-user": "stranger" } });
    expect(refused.status).toBe(200);
    plain(await refused.text());
    plain((await page(s, "/s/sc_nosuchthing1")).html);
    expect((await api(s.url).delete(`/api/scenarios/${id}`)).status).toBe(200);
    plain((await page(s, `/s/${id}`)).html);
    // The home page is never drawn into.
    plain((await page(s, "/")).html);
  });

  it("does not wait long for a document that is slow to load", async () => {
    let slow = false;
    s = await startInProcess({
      wrapStore: (store): DocumentStore =>
        new Proxy(store, {
          get(target, key, receiver) {
            if (key === "loadDocument") {
              return async (ref: DocumentRef) => {
                if (slow) await new Promise((done) => setTimeout(done, 2000));
                return target.loadDocument(ref);
              };
            }
            const value = Reflect.get(target, key, receiver);
            return typeof value === "function" ? value.bind(target) : value;
          },
        }),
      env: { FORKLINE_UNLOAD_AFTER_MS: "10", FORKLINE_IDLE_MS: "10" },
    });
    const id = await importHostile(s);
    expect((await drawnPage(s, `/s/${id}`)).html).toContain('id="first-paint"');
    // Let the imported document be unloaded, so the page's view has to load it again.
    await new Promise((done) => setTimeout(done, 300));
    slow = true;
    const started = Date.now();
    const { status, html } = await page(s, `/s/${id}`);
    expect(status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(html).not.toContain('id="first-paint"');
    expect(html).toContain('<div id="root"></div>');
  });

  it("is served plain when the renderer is missing, fails or does not answer", async () => {
    const script = (name: string, code: string) => {
      const path = join(tmpdir(), `${name}-${process.pid}.mjs`);
      writeFileSync(path, code);
      return path;
    };
    const workers = [
      "/nowhere/first-paint-worker.mjs",
      script("throws", 'throw new Error("broken build");\n'),
      script("silent", "setInterval(() => {}, 1000);\n"),
      script(
        "babbles",
        'import { parentPort } from "node:worker_threads";\nparentPort.on("message", () => parentPort.postMessage({ html: 42 }));\n',
      ),
    ];
    for (const worker of workers) {
      s = await startInProcess({ env: { FORKLINE_FIRST_PAINT_WORKER: worker } });
      const id = await importHostile(s);
      const { status, html } = await page(s, `/s/${id}`);
      expect(status).toBe(200);
      expect(html).toContain('<div id="root"></div>');
      expect(html).not.toContain('id="first-paint"');
      // The server is fine: the API still answers.
      expect((await api(s.url).get(`/api/scenarios/${id}`)).status).toBe(200);
      await s.close();
      s = undefined;
    }
  });
});
