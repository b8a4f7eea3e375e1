import * as encoding from "lib0/encoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { type Authorize, type Role, refusal } from "../../server";
import { api } from "./support/api";
import { type CollabClient, connectClient, waitFor } from "./support/collab-client";
import { type InProcessServer, startInProcess } from "./support/in-process-server";
import { openRawSocket, upgradeStatus } from "./support/raw-socket";
import { seedScenario } from "./support/seed-scenario";

/** Test hook: the role comes from `?as=` (WebSocket) or `x-as` (REST); `locked` scenarios are off-limits. */
const seen: { scenarioId: string | null; url: string }[] = [];
const authorize: Authorize = async (request, scenarioId) => {
  seen.push({ scenarioId, url: request.url ?? "" });
  const as =
    new URL(request.url ?? "/", "http://x").searchParams.get("as") ?? request.headers["x-as"];
  if (as === undefined || as === null || as === "nobody") return refusal(401);
  if (scenarioId?.startsWith("t_locked")) return refusal(403, "not your scenario");
  return { user: { id: `u-${as}`, name: String(as), color: "#123456" }, role: as as Role };
};

let s: InProcessServer;
const clients: CollabClient[] = [];
const client = (room: string, as: string) => {
  const c = connectClient(s.wsUrl, room, { params: { as } });
  clients.push(c);
  return c;
};

beforeAll(async () => {
  s = await startInProcess({ authorize });
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await s.close();
});

describe("the authorize hook on the WebSocket upgrade", () => {
  it("refuses with 401 or 403 before the handshake completes", async () => {
    const id = await seedScenario(s.server);
    expect(await upgradeStatus(s.wsUrl, id)).toBe(401);
    expect(await upgradeStatus(s.wsUrl, `${id}?as=nobody`)).toBe(401);
    expect(await upgradeStatus(s.wsUrl, `${id}?as=designer`)).toBe(101);
    const lockedId = await s.server.store
      .createScenario(
        { id: "t_locked1", title: "Locked", summary: "", tags: [], nodeCount: 0, template: null },
        { scenario: Y.encodeStateAsUpdate(new Y.Doc()) },
      )
      .then((r) => r.id);
    expect(await upgradeStatus(s.wsUrl, `${lockedId}?as=designer`)).toBe(403);
    expect(seen.some((x) => x.scenarioId === lockedId)).toBe(true);
    expect(await upgradeStatus(s.wsUrl, "sc_nonexistent?as=designer")).toBe(404);
  });

  it("receives the scenario id for the comments room too", async () => {
    const id = await seedScenario(s.server);
    seen.length = 0;
    expect(await upgradeStatus(s.wsUrl, `${id}.comments?as=viewer`)).toBe(101);
    expect(seen[0]?.scenarioId).toBe(id);
  });
});

describe("read-only roles", () => {
  it("a viewer reads everything live but its edits are dropped", async () => {
    const id = await seedScenario(s.server);
    const designer = client(id, "designer");
    await designer.synced;
    designer.doc.getMap("m").set("before", 1);
    const viewer = client(id, "viewer");
    await viewer.synced;
    await waitFor(
      () => viewer.doc.getMap("m").get("before") === 1,
      "the viewer to get existing state",
    );
    viewer.doc.getMap("m").set("forged", "by viewer");
    designer.doc.getMap("m").set("after", 2);
    await waitFor(() => viewer.doc.getMap("m").get("after") === 2, "the viewer to get live edits");
    // The designer's edit was sent after the viewer's; both went through the same server in order.
    await new Promise((r) => setTimeout(r, 200));
    expect(designer.doc.getMap("m").has("forged")).toBe(false);
    const room = s.server.rooms.peek({ scenarioId: id, kind: "scenario" });
    expect(room?.doc.getMap("m").has("forged")).toBe(false);
    const stored = await s.server.store.loadDocument({ scenarioId: id, kind: "scenario" });
    const replay = new Y.Doc();
    if (stored?.snapshot) Y.applyUpdate(replay, stored.snapshot);
    for (const u of stored?.updates ?? []) Y.applyUpdate(replay, u.data);
    expect(replay.getMap("m").has("forged")).toBe(false);
    expect(replay.getMap("m").get("after")).toBe(2);
  });

  it("a viewer's awareness counts for its own client id only", async () => {
    const id = await seedScenario(s.server);
    const designer = client(id, "designer");
    await designer.synced;
    const raw = await openRawSocket(s.wsUrl, `${id}?as=viewer`);
    const frame = (entries: [number, number, unknown][]) => {
      const inner = encoding.createEncoder();
      encoding.writeVarUint(inner, entries.length);
      for (const [clientId, clock, state] of entries) {
        encoding.writeVarUint(inner, clientId);
        encoding.writeVarUint(inner, clock);
        encoding.writeVarString(inner, JSON.stringify(state));
      }
      const outer = encoding.createEncoder();
      encoding.writeVarUint(outer, 1);
      encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
      return encoding.toUint8Array(outer);
    };
    // First id used is the viewer's own; the designer's id in the same frame is someone else's.
    raw.ws.send(
      frame([
        [777001, 1, { user: "viewer" }],
        [designer.doc.clientID, 99, { user: "spoof" }],
      ]),
    );
    raw.ws.send(frame([[777002, 1, { user: "second identity" }]]));
    const states = designer.provider.awareness.getStates();
    await waitFor(() => states.get(777001)?.user === "viewer", "the viewer's own presence");
    await new Promise((r) => setTimeout(r, 150));
    expect(states.has(777002)).toBe(false);
    expect(states.get(designer.doc.clientID)?.user).not.toBe("spoof");
    raw.ws.close();
    await waitFor(() => !states.has(777001), "the viewer's presence to go when it leaves");
  });

  it("a commenter writes the comments document but not the scenario", async () => {
    const id = await seedScenario(s.server);
    const designer = client(id, "designer");
    const designerComments = client(`${id}.comments`, "designer");
    const commenter = client(id, "commenter");
    const commenterComments = client(`${id}.comments`, "commenter");
    const viewerComments = client(`${id}.comments`, "viewer");
    await Promise.all(
      [designer, designerComments, commenter, commenterComments, viewerComments].map(
        (c) => c.synced,
      ),
    );
    commenter.doc.getMap("m").set("edit", "nope");
    commenterComments.doc.getArray("threads").push([{ text: "Why this branch?" }]);
    viewerComments.doc.getArray("threads").push([{ text: "viewer comment" }]);
    await waitFor(
      () => designerComments.doc.getArray("threads").length >= 1,
      "the comment to arrive",
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(designerComments.doc.getArray("threads").toJSON()).toEqual([
      { text: "Why this branch?" },
    ]);
    expect(designer.doc.getMap("m").has("edit")).toBe(false);
    // Comments live in their own document: the scenario is untouched by them.
    expect(designer.doc.getArray("threads").length).toBe(0);
  });
});

describe("the authorize hook on REST", () => {
  it("refuses without a user, and refuses changes to non-designers", async () => {
    const anon = api(s.url);
    expect((await anon.get("/api/scenarios")).status).toBe(401);
    const viewer = (path: string, method = "GET", body?: unknown) =>
      api(s.url).call(method, path, body, { "x-as": "viewer" });
    expect((await viewer("/api/scenarios")).status).toBe(200);
    expect((await viewer("/api/me")).body).toMatchObject({ id: "u-viewer", role: "viewer" });
    const create = await viewer("/api/scenarios", "POST", { title: "x" });
    expect(create.status).toBe(403);
    expect(create.body.error.code).toBe("forbidden");
    const id = await seedScenario(s.server);
    expect((await viewer(`/api/scenarios/${id}`, "PATCH", { title: "y" })).status).toBe(403);
    expect((await viewer(`/api/scenarios/${id}`, "DELETE")).status).toBe(403);
    const locked = await api(s.url).call("GET", "/api/scenarios/t_locked1", undefined, {
      "x-as": "admin",
    });
    expect(locked.status).toBe(403);
  });
});
