import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeScenario } from "../../core";
import { checkScormPackage } from "../../exporters";
import { type Authorize, type Role, refusal } from "../../server";
import { api } from "../server/support/api";
import { type InProcessServer, startInProcess } from "../server/support/in-process-server";
import { exportFixture } from "../support/export-scenario";

/** The role comes from the `x-as` header, the user id from `x-user` (default: the role). */
const authorize: Authorize = async (request) => {
  const as = request.headers["x-as"];
  if (typeof as !== "string") return refusal(401);
  const user = typeof request.headers["x-user"] === "string" ? request.headers["x-user"] : as;
  return { user: { id: `u-${user}`, name: user, color: "#123456" }, role: as as Role };
};

let s: InProcessServer;
let http: ReturnType<typeof api>;
const as = (role: string, user?: string) => ({ "x-as": role, ...(user ? { "x-user": user } : {}) });

beforeAll(async () => {
  s = await startInProcess({ authorize });
  http = api(s.url);
  const { scenario } = exportFixture();
  const res = await http.post("/api/scenarios/import", writeScenario(scenario), as("designer"));
  expect(res.status).toBe(201);
});
afterAll(async () => {
  await s.close();
});

async function settle(id: string, headers: Record<string, string>) {
  for (let i = 0; i < 200; i++) {
    const res = await http.get(`/api/exports/${id}`, headers);
    if (res.body.status === "done" || res.body.status === "failed") return res;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("the export job did not finish");
}

describe("export jobs over HTTP", () => {
  it("lists the configured formats with their option fields", async () => {
    const res = await http.get("/api/exporters", as("viewer"));
    expect(res.status).toBe(200);
    const ids = res.body.exporters.map((e: { id: string }) => e.id);
    expect(ids).toEqual(["json", "html", "scorm12", "scorm2004", "xapi", "cmi5"]);
    const scorm12 = res.body.exporters.find((e: { id: string }) => e.id === "scorm12");
    expect(scorm12.options.map((o: { key: string }) => o.key)).toContain("masteryScore");
  });

  it("a designer starts a job, follows its progress and downloads a valid package", async () => {
    const start = await http.post(
      "/api/scenarios/late-refund/exports",
      { format: "scorm2004", options: { scaledPassingScore: 0.6 } },
      as("designer"),
    );
    expect(start.status).toBe(202);
    expect(start.headers.get("location")).toBe(`/api/exports/${start.body.id}`);
    const done = await settle(start.body.id, as("designer"));
    expect(done.body).toMatchObject({ status: "done", progress: 1, format: "scorm2004" });
    expect(done.body.download.url).toBe(`/api/exports/${start.body.id}/download`);
    const file = await fetch(`${s.url}${done.body.download.url}`, { headers: as("designer") });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/zip");
    // Named after the title for people; the CLI keeps the id for scripts.
    expect(file.headers.get("content-disposition")).toContain(
      `filename="a-late-refund.scorm2004.zip"`,
    );
    const files = new Map(Object.entries(unzipSync(new Uint8Array(await file.arrayBuffer()))));
    expect(checkScormPackage(files, "scorm2004").filter((f) => f.severity === "error")).toEqual([]);
    expect(new TextDecoder().decode(files.get("imsmanifest.xml"))).toContain(
      "<imsss:minNormalizedMeasure>0.6</imsss:minNormalizedMeasure>",
    );
  });

  it("refuses an unknown format and bad options with 400, naming what is available", async () => {
    const unknown = await http.post(
      "/api/scenarios/late-refund/exports",
      { format: "pdf" },
      as("admin"),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain("scorm12");
    const bad = await http.post(
      "/api/scenarios/late-refund/exports",
      { format: "scorm12", options: { masteryScore: 300 } },
      as("admin"),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_options");
    const extra = await http.post(
      "/api/scenarios/late-refund/exports",
      { format: "scorm12", unexpected: 1 },
      as("admin"),
    );
    expect(extra.status).toBe(400);
  });

  it("lets only admins and designers export, and only the requester (or an admin) see a job", async () => {
    expect(
      (await http.post("/api/scenarios/late-refund/exports", { format: "json" }, as("viewer")))
        .status,
    ).toBe(403);
    expect(
      (await http.post("/api/scenarios/late-refund/exports", { format: "json" }, as("commenter")))
        .status,
    ).toBe(403);
    expect((await http.post("/api/scenarios/late-refund/exports", { format: "json" })).status).toBe(
      401,
    );
    const start = await http.post(
      "/api/scenarios/late-refund/exports",
      { format: "json" },
      as("designer", "dana"),
    );
    await settle(start.body.id, as("designer", "dana"));
    expect((await http.get(`/api/exports/${start.body.id}`, as("designer", "lee"))).status).toBe(
      404,
    );
    expect((await http.get(`/api/exports/${start.body.id}`, as("admin", "root"))).status).toBe(200);
  });

  it("reports a scenario the format cannot take as a failed job with its diagnostics", async () => {
    const { scenario } = exportFixture({ id: "no-start" });
    const broken = { ...scenario, settings: { ...scenario.settings, startNodeId: null } };
    expect(
      (await http.post("/api/scenarios/import", writeScenario(broken), as("designer"))).status,
    ).toBe(201);
    const start = await http.post(
      "/api/scenarios/no-start/exports",
      { format: "scorm12" },
      as("designer"),
    );
    const done = await settle(start.body.id, as("designer"));
    expect(done.body.status).toBe("failed");
    expect(done.body.diagnostics.map((d: { code: string }) => d.code)).toContain("no-start-node");
    expect((await http.get(`/api/exports/${start.body.id}/download`, as("designer"))).status).toBe(
      409,
    );
  });

  it("answers 404 for an unknown scenario or job", async () => {
    expect(
      (await http.post("/api/scenarios/nope/exports", { format: "json" }, as("designer"))).status,
    ).toBe(404);
    expect(
      (await http.get("/api/exports/00000000-0000-4000-8000-000000000000", as("designer"))).status,
    ).toBe(404);
  });
});
