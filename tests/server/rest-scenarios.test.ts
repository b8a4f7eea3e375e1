import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands, FirstViewSchema, readScenario } from "../../core";
import { api } from "./support/api";
import { type CollabClient, connectClient, waitFor } from "./support/collab-client";
import { type InProcessServer, startInProcess } from "./support/in-process-server";

let s: InProcessServer;
let http: ReturnType<typeof api>;
const clients: CollabClient[] = [];

beforeAll(async () => {
  s = await startInProcess();
  http = api(s.url);
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await s.close();
});

const create = async (title: string, template?: string) => {
  const res = await http.post("/api/scenarios", template ? { title, template } : { title });
  expect(res.status).toBe(201);
  return res.body as { id: string; title: string };
};

describe("scenarios over REST", () => {
  it("creates a blank scenario and answers 201 with its id and Location", async () => {
    const res = await http.post("/api/scenarios", { title: "  Refund call  " });
    expect(res.status).toBe(201);
    expect(res.body.id).toMatch(/^sc_[a-z0-9]{12}$/);
    expect(res.body.title).toBe("Refund call");
    expect(res.body.nodeCount).toBeGreaterThan(0);
    expect(res.headers.get("location")).toBe(`/api/scenarios/${res.body.id}`);
    const got = await http.get(`/api/scenarios/${res.body.id}`);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ id: res.body.id, title: "Refund call", deletedAt: null });
  });

  it("creates from a template, carrying its content under the new title and id", async () => {
    const templates = await http.get("/api/templates");
    const first = templates.body.templates[0];
    const created = await create("From a template", first.name);
    expect(created).toMatchObject({ title: "From a template", template: first.name });
    const exported = await http.get(`/api/scenarios/${created.id}/export.json`);
    const read = readScenario(exported.body);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.scenario.meta.id).toBe(created.id);
    expect(read.scenario.meta.title).toBe("From a template");
    expect(read.scenario.nodes.length).toBe(first.nodeCount);
  });

  it("lists with search, sort, order and the deleted filter", async () => {
    const a = await create("Alpha outage drill");
    const b = await create("beta refund drill");
    const c = await create("Gamma apology");
    const byTitle = await http.get("/api/scenarios?q=drill&sort=title");
    expect(byTitle.body.scenarios.map((x: { id: string }) => x.id)).toEqual([a.id, b.id]);
    const desc = await http.get("/api/scenarios?q=drill&sort=title&order=desc");
    expect(desc.body.scenarios.map((x: { id: string }) => x.id)).toEqual([b.id, a.id]);
    const caseless = await http.get("/api/scenarios?q=GAMMA");
    expect(caseless.body.scenarios.map((x: { id: string }) => x.id)).toEqual([c.id]);
    const created = await http.get("/api/scenarios?sort=created&order=asc&limit=500");
    const ids = created.body.scenarios.map((x: { id: string }) => x.id);
    expect(ids.indexOf(a.id)).toBeLessThan(ids.indexOf(c.id));

    expect((await http.delete(`/api/scenarios/${b.id}`)).status).toBe(200);
    const excluded = await http.get("/api/scenarios?q=drill");
    expect(excluded.body.scenarios.map((x: { id: string }) => x.id)).toEqual([a.id]);
    const only = await http.get("/api/scenarios?q=drill&deleted=only");
    expect(only.body.scenarios.map((x: { id: string }) => x.id)).toEqual([b.id]);
    expect(only.body.scenarios[0].deletedAt).not.toBeNull();
    const all = await http.get("/api/scenarios?q=drill&deleted=include");
    expect(all.body.total).toBe(2);
  });

  it("renames through the live document, so a connected client sees the new title", async () => {
    const { id } = await create("Old title");
    const c = connectClient(s.wsUrl, id);
    clients.push(c);
    await c.synced;
    expect(c.doc.getMap("meta").get("title")).toBe("Old title");
    const res = await http.patch(`/api/scenarios/${id}`, { title: "New title" });
    expect(res.status).toBe(200);
    expect(res.body.title).toBe("New title");
    await waitFor(
      () => c.doc.getMap("meta").get("title") === "New title",
      "the client to see the rename",
    );
    expect((await http.get(`/api/scenarios?q=new title`)).body.scenarios[0].id).toBe(id);
  });

  it("duplicates content under a new id", async () => {
    const { id } = await create("Original");
    const dup = await http.post(`/api/scenarios/${id}/duplicate`);
    expect(dup.status).toBe(201);
    expect(dup.body.id).not.toBe(id);
    expect(dup.body.title).toBe("Original (copy)");
    const exported = await http.get(`/api/scenarios/${dup.body.id}/export.json`);
    expect(exported.body.meta.id).toBe(dup.body.id);
  });

  it("soft-deletes and restores; a deleted scenario refuses edits and connections", async () => {
    const { id } = await create("To delete");
    const c = connectClient(s.wsUrl, id);
    clients.push(c);
    await c.synced;
    const del = await http.delete(`/api/scenarios/${id}`);
    expect(del.status).toBe(200);
    expect(del.body.deletedAt).not.toBeNull();
    await waitFor(
      () => c.closes.some((e) => e.code === 4404),
      "the open client to be told it is gone",
    );
    const renamed = await http.patch(`/api/scenarios/${id}`, { title: "x" });
    expect(renamed.status).toBe(409);
    expect(renamed.body.error.code).toBe("scenario_deleted");
    expect((await http.get(`/api/scenarios/${id}/export.json`)).status).toBe(409);
    const restored = await http.post(`/api/scenarios/${id}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.deletedAt).toBeNull();
    expect((await http.patch(`/api/scenarios/${id}`, { title: "Back" })).status).toBe(200);
  });

  it("gives the canvas's first view of the live document, edits not yet stored included", async () => {
    const templates = await http.get("/api/templates");
    const { id } = await create("First view", templates.body.templates[0].name);
    const c = connectClient(s.wsUrl, id);
    clients.push(c);
    await c.synced;
    const before = FirstViewSchema.parse((await http.get(`/api/scenarios/${id}/first-view`)).body);
    const start = before.nodes.find((n) => n.id === before.startNodeId)!;
    expect(start).toBeDefined();
    expect(before.nodeCount).toBe(before.nodes.length);
    commands.moveNodes(c.doc, { moves: [{ id: start.id, position: { x: 4321, y: 123 } }] });
    let moved = false;
    for (let tries = 0; !moved && tries < 100; tries++) {
      const view = FirstViewSchema.parse((await http.get(`/api/scenarios/${id}/first-view`)).body);
      moved = view.nodes.find((n) => n.id === start.id)?.position.x === 4321;
      if (!moved) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(moved).toBe(true);
    // A deletion changes no state vector, and is seen all the same.
    commands.deleteNodes(c.doc, { ids: [start.id] });
    let gone = false;
    for (let tries = 0; !gone && tries < 100; tries++) {
      const view = FirstViewSchema.parse((await http.get(`/api/scenarios/${id}/first-view`)).body);
      gone = !view.nodes.some((n) => n.id === start.id);
      if (!gone) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(gone).toBe(true);
    expect((await http.get("/api/scenarios/sc_nosuchthing1/first-view")).status).toBe(404);
    await http.delete(`/api/scenarios/${id}`);
    expect((await http.get(`/api/scenarios/${id}/first-view`)).status).toBe(409);
  });

  it("exports the live document as a JSON attachment", async () => {
    const { id } = await create("Weekend outage: café");
    const res = await http.get(`/api/scenarios/${id}/export.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="weekend-outage-cafe.forkline.json"',
    );
    expect(res.body.format).toBe("forkline.scenario");
  });
});

describe("REST errors", () => {
  it("400 for a body that fails validation, naming the field", async () => {
    const missing = await http.post("/api/scenarios", {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe("invalid_request");
    expect(missing.body.error.issues[0].path).toBe("title");
    const extra = await http.post("/api/scenarios", { title: "x", colour: "red" });
    expect(extra.status).toBe(400);
    const blank = await http.patch("/api/scenarios/sc_aaaaaaaaaaaa", { title: "   " });
    expect(blank.status).toBe(400);
  });

  it("400 for malformed JSON and for a bad query", async () => {
    const bad = await http.post("/api/scenarios", "{ nope");
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_json");
    const query = await http.get("/api/scenarios?sort=size");
    expect(query.status).toBe(400);
    expect(query.body.error.issues[0].path).toBe("sort");
    expect((await http.get("/api/scenarios?limit=0")).status).toBe(400);
    expect((await http.get("/api/scenarios?unknown=1")).status).toBe(400);
  });

  it("400 for a malformed id, 404 for an unknown one", async () => {
    expect((await http.get("/api/scenarios/has%20space")).status).toBe(400);
    const missing = await http.get("/api/scenarios/sc_doesnotexist");
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("not_found");
    expect((await http.post("/api/scenarios/sc_doesnotexist/duplicate")).status).toBe(404);
    expect((await http.delete("/api/scenarios/sc_doesnotexist")).status).toBe(404);
    expect((await http.get("/api/nothing-here")).status).toBe(404);
  });

  it("405 with Allow for a known path under another method", async () => {
    const res = await http.call("PUT", "/api/scenarios", { title: "x" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toContain("POST");
  });

  it("415 for a body that is not JSON, 413 for one that is too large", async () => {
    const form = await http.post("/api/scenarios", "title=x", {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(form.status).toBe(415);
    const huge = await http.post("/api/scenarios", { title: "x".repeat(100_000) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe("payload_too_large");
  });

  it("422 for an unknown template", async () => {
    const res = await http.post("/api/scenarios", { title: "x", template: "no-such-template" });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("unknown_template");
  });

  it("403 for a cross-site browser request that changes something", async () => {
    const res = await http.post(
      "/api/scenarios",
      { title: "x" },
      { origin: "https://evil.example" },
    );
    expect(res.status).toBe(403);
  });
});
