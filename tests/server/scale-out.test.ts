import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { api } from "./support/api";
import { type CollabClient, connectClient, waitFor } from "./support/collab-client";
import { type InProcessServer, startInProcess } from "./support/in-process-server";
import {
  DATABASE_URL,
  dropRedisPrefix,
  dropSchema,
  REDIS_URL,
  testSchemaName,
} from "./support/postgres";

const schema = testSchemaName();
const prefix = `fl-test-${schema}`;
let a: InProcessServer;
let b: InProcessServer;
const clients: CollabClient[] = [];
const client = (s: InProcessServer, room: string) => {
  const c = connectClient(s.wsUrl, room);
  clients.push(c);
  return c;
};

beforeAll(async () => {
  const env = {
    FORKLINE_STORE: "postgres",
    DATABASE_URL,
    FORKLINE_PG_SCHEMA: schema,
    REDIS_URL,
    FORKLINE_REDIS_PREFIX: prefix,
  };
  a = await startInProcess({ env });
  b = await startInProcess({ env });
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await a?.close();
  await b?.close();
  await dropSchema(schema);
  await dropRedisPrefix(prefix);
});

const newScenario = async (on: InProcessServer, title: string) =>
  (await api(on.url).post("/api/scenarios", { title })).body.id as string;

describe("two instances on one PostgreSQL and Redis", () => {
  it("an edit on one instance reaches a client of the other, both ways, and they converge", async () => {
    const id = await newScenario(a, "Scale-out");
    const onA = client(a, id);
    const onB = client(b, id);
    await Promise.all([onA.synced, onB.synced]);
    onA.doc.getMap("m").set("from", "A");
    await waitFor(() => onB.doc.getMap("m").get("from") === "A", "A's edit at B");
    const ta = onA.doc.getText("t");
    const tb = onB.doc.getText("t");
    for (let i = 0; i < 30; i++) {
      ta.insert(ta.length, "a");
      tb.insert(0, "b");
      await new Promise((r) => setTimeout(r, 2));
    }
    await waitFor(
      () => ta.toString() === tb.toString() && ta.length === 60,
      "convergence across instances",
    );
  });

  it("a client joining on the other instance later gets everything from storage", async () => {
    const id = await newScenario(a, "Late");
    const onA = client(a, id);
    await onA.synced;
    for (let i = 0; i < 20; i++) onA.doc.getMap("m").set(`k${i}`, i);
    await waitFor(
      () => a.server.rooms.peek({ scenarioId: id, kind: "scenario" })?.doc.getMap("m").size === 20,
      "A",
    );
    const late = client(b, id);
    await late.synced;
    await waitFor(() => late.doc.getMap("m").size === 20, "the late joiner on B");
    expect(late.doc.getMap("meta").get("title")).toBe("Late");
  });

  it("presence crosses instances and leaves with its client", async () => {
    const id = await newScenario(a, "Presence");
    const onA = client(a, id);
    const onB = client(b, id);
    await Promise.all([onA.synced, onB.synced]);
    onA.provider.awareness.setLocalStateField("user", { name: "Ana" });
    await waitFor(
      () => onB.provider.awareness.getStates().get(onA.doc.clientID)?.user?.name === "Ana",
      "Ana at B",
    );
    onA.provider.disconnect();
    await waitFor(() => !onB.provider.awareness.getStates().has(onA.doc.clientID), "Ana gone at B");
  });

  it("REST on one instance is seen on the other, and a rename reaches clients of both", async () => {
    const id = await newScenario(a, "Renamed across");
    expect((await api(b.url).get(`/api/scenarios/${id}`)).body.title).toBe("Renamed across");
    const onB = client(b, id);
    await onB.synced;
    const onA = client(a, id);
    await onA.synced;
    expect((await api(a.url).patch(`/api/scenarios/${id}`, { title: "New name" })).status).toBe(
      200,
    );
    await waitFor(
      () => onB.doc.getMap("meta").get("title") === "New name",
      "the rename at B's client",
    );
  });

  it("an update stored without reaching the stream is fetched from storage when the gap shows", async () => {
    const id = await newScenario(a, "Gap");
    const onA = client(a, id);
    const onB = client(b, id);
    await Promise.all([onA.synced, onB.synced]);
    // Committed by "another instance" that crashed before publishing: only PostgreSQL has it.
    const orphan = new Y.Doc();
    orphan.getMap("m").set("orphan", true);
    await b.server.store.appendUpdates({ scenarioId: id, kind: "scenario" }, [
      Y.encodeStateAsUpdate(orphan),
    ]);
    onA.doc.getMap("m").set("next", true);
    await waitFor(() => onB.doc.getMap("m").get("next") === true, "the next edit at B");
    await waitFor(() => onB.doc.getMap("m").get("orphan") === true, "the orphan at B's client");
    await waitFor(() => onA.doc.getMap("m").get("orphan") === true, "the orphan at A's client");
  });

  it("an export started on one instance is followed and downloaded on the other", async () => {
    const created = await api(a.url).post("/api/scenarios", {
      title: "Exported across",
      template: "weekend-outage",
    });
    expect(created.status).toBe(201);
    const start = await api(a.url).post(`/api/scenarios/${created.body.id}/exports`, {
      format: "json",
    });
    expect(start.status).toBe(202);
    let status = await api(b.url).get(`/api/exports/${start.body.id}`);
    for (let i = 0; i < 200 && status.body.status !== "done"; i++) {
      expect(status.status).toBe(200);
      expect(status.body.status).not.toBe("failed");
      await new Promise((r) => setTimeout(r, 25));
      status = await api(b.url).get(`/api/exports/${start.body.id}`);
    }
    expect(status.body).toMatchObject({ status: "done", progress: 1, format: "json" });
    const file = await fetch(`${b.url}${status.body.download.url}`);
    expect(file.status).toBe(200);
    const text = await file.text();
    expect(status.body.download.bytes).toBe(new TextEncoder().encode(text).length);
    expect(JSON.parse(text).meta.title).toBe("Exported across");
  });
});
