import { createHash } from "node:crypto";
import { join } from "node:path";
import Database from "better-sqlite3";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AssetSchema, writeScenario } from "../../core";
import { type Authorize, type Role, refusal } from "../../server";
import { exportFixture } from "../support/export-scenario";
import { pngImage } from "../support/png-image";
import { type ApiAnswer, api } from "./support/api";
import { type InProcessServer, startInProcess } from "./support/in-process-server";

/** Designer unless the `x-as` header names another role; `x-as: nobody` is signed out. */
const authorize: Authorize = (request) => {
  const as = request.headers["x-as"] ?? "designer";
  if (as === "nobody") return refusal(401);
  return { user: { id: `u-${as}`, name: String(as), color: "#123456" }, role: as as Role };
};

const LIMIT = 4096;
let s: InProcessServer;

beforeAll(async () => {
  s = await startInProcess({ authorize, env: { FORKLINE_MAX_ASSET_BYTES: String(LIMIT) } });
});
afterAll(async () => {
  await s.close();
});

interface ErrorBody {
  error: { code: string; message: string };
}

const sha256Id = (data: Uint8Array) => `sha256-${createHash("sha256").update(data).digest("hex")}`;

async function upload(
  data: Uint8Array | string,
  headers: Record<string, string | undefined>,
): Promise<ApiAnswer> {
  const defined = Object.fromEntries(
    Object.entries(headers).filter((e): e is [string, string] => e[1] !== undefined),
  );
  // A copy, so the body is backed by a plain ArrayBuffer as fetch's types ask.
  const body = typeof data === "string" ? data : new Uint8Array(data);
  const res = await fetch(`${s.url}/api/assets`, { method: "POST", body, headers: defined });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

const asFile = (type: string, name = "file.bin") => ({
  "content-type": type,
  "x-asset-name": encodeURIComponent(name),
});

/** Rows straight from the SQLite file, to prove what was (not) stored. */
function storedRows(id?: string): number {
  const db = new Database(join(s.dataDir, "forkline.sqlite"), { readonly: true });
  try {
    const row = id
      ? db.prepare("SELECT count(*) AS n FROM assets WHERE id = ?").get(id)
      : db.prepare("SELECT count(*) AS n FROM assets").get();
    return (row as { n: number }).n;
  } finally {
    db.close();
  }
}

const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, ...Buffer.from("JFIF\0")]);

describe("POST /api/assets", () => {
  it("stores a PNG under its content hash and GET serves the same bytes", async () => {
    const png = pngImage(3, 2, [200, 40, 90]);
    const name = "Café receipt #1.png";
    const res = await upload(png, asFile("image/png", name));
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: sha256Id(png), name, mimeType: "image/png", bytes: png.length });
    expect(AssetSchema.parse(res.body)).toEqual(res.body);

    const got = await fetch(`${s.url}/api/assets/${res.body.id}`);
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer()).equals(png)).toBe(true);
    expect(got.headers.get("content-type")).toBe("image/png");
    expect(got.headers.get("content-length")).toBe(String(png.length));
    expect(got.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(got.headers.get("x-content-type-options")).toBe("nosniff");
    expect(got.headers.get("content-security-policy")).toBe("sandbox; default-src 'none'");

    const head = await fetch(`${s.url}/api/assets/${res.body.id}`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(png.length));
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it("keeps one copy of the same bytes, answering with the name sent each time", async () => {
    const png = pngImage(4, 4, [1, 2, 3]);
    const first = await upload(png, asFile("image/png", "first.png"));
    const second = await upload(png, asFile("image/png", "second.png"));
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.id).toBe(first.body.id);
    expect(second.body.name).toBe("second.png");
    expect(storedRows(first.body.id)).toBe(1);
  });

  it("takes each allowed kind whose bytes match, and trusts audio and video", async () => {
    const files: [string, Uint8Array][] = [
      ["image/jpeg", JPEG],
      ["image/gif", Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1")],
      ["image/webp", Buffer.concat([Buffer.from("RIFF\x1a\0\0\0WEBPVP8L", "latin1")])],
      ["text/vtt", Buffer.from("\uFEFFWEBVTT\n\n00:00.000 --> 00:01.000\nHello\n")],
      ["audio/mpeg", Buffer.from("ID3 not really an mp3")],
      ["video/mp4", Buffer.from("any bytes at all")],
    ];
    for (const [type, data] of files) {
      const res = await upload(data, asFile(`${type}; charset=utf-8`, `x.${type.split("/")[1]}`));
      expect(res.status, type).toBe(201);
      expect(res.body.mimeType).toBe(type);
      const got = await fetch(`${s.url}/api/assets/${res.body.id}`);
      expect(got.headers.get("content-type")).toBe(type);
    }
  });

  it("refuses bytes that are not the declared image or captions with 415, storing nothing", async () => {
    const before = storedRows();
    // Bytes never uploaded elsewhere in this file, so a 404 below means this refusal stored nothing.
    const jpeg = Buffer.concat([JPEG, Buffer.from("only here")]);
    const cases: [string, Uint8Array, RegExp][] = [
      ["image/png", jpeg, /not a PNG image/],
      ["image/png", Buffer.from("hello, I am text"), /not a PNG image/],
      ["image/jpeg", pngImage(1, 1, [0, 0, 0]), /not a JPEG image/],
      ["image/gif", Buffer.from("GIF90a"), /not a GIF image/],
      ["image/webp", Buffer.from("RIFF\0\0\0\0WAVEfmt "), /not a WebP image/],
      ["text/vtt", Buffer.from("1\n00:00:00,000 --> 00:00:01,000\nsrt\n"), /WebVTT/],
      ["text/vtt", Buffer.from("WEBVTTX\n"), /WebVTT/],
    ];
    for (const [type, data, message] of cases) {
      const res = await upload(data, asFile(type));
      expect(res.status, `${type} ${message}`).toBe(415);
      expect(res.body.error.code).toBe("unsupported_media_type");
      expect(res.body.error.message).toMatch(message);
      expect((await fetch(`${s.url}/api/assets/${sha256Id(data)}`)).status).toBe(404);
    }
    expect(storedRows()).toBe(before);
  });

  it("refuses types a browser could run, and unknown ones, naming the allowed kinds", async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    for (const type of ["image/svg+xml", "text/html", "application/octet-stream"]) {
      const res = await upload(svg, asFile(type, "x.svg"));
      expect(res.status, type).toBe(415);
      expect(res.body.error.code).toBe("unsupported_media_type");
      expect(res.body.error.message).toContain("image/png");
      expect(res.body.error.message).toContain("text/vtt");
    }
    const untyped = await fetch(`${s.url}/api/assets`, {
      method: "POST",
      body: new Uint8Array(pngImage(1, 1, [9, 9, 9])),
      headers: { "x-asset-name": "a.png" },
    });
    expect(untyped.status).toBe(415);
    expect((await fetch(`${s.url}/api/assets/${sha256Id(Buffer.from(svg))}`)).status).toBe(404);
  });

  it("requires a name of 1 to 200 characters, URI-encoded", async () => {
    const png = pngImage(5, 1, [7, 7, 7]);
    const cases: Record<string, string | undefined>[] = [
      { "x-asset-name": undefined },
      { "x-asset-name": "" },
      { "x-asset-name": "%E0%A4%A" },
      { "x-asset-name": encodeURIComponent("é".repeat(201)) },
    ];
    for (const name of cases) {
      const res = await upload(png, { "content-type": "image/png", ...name });
      expect(res.status, JSON.stringify(name)).toBe(400);
      expect(res.body.error.message).toContain("x-asset-name");
    }
    expect((await fetch(`${s.url}/api/assets/${sha256Id(png)}`)).status).toBe(404);
    const longest = await upload(png, asFile("image/png", "é".repeat(200)));
    expect(longest.status).toBe(201);
    expect(longest.body.name).toBe("é".repeat(200));
  });

  it("refuses an empty body with 400 and a body over the limit with 413", async () => {
    const before = storedRows();
    const empty = await upload(new Uint8Array(), asFile("audio/ogg"));
    expect(empty.status).toBe(400);
    const big = Buffer.concat([pngImage(1, 1, [1, 1, 1]), Buffer.alloc(LIMIT)]);
    const declared = await upload(big, asFile("image/png", "big.png"));
    expect(declared.status).toBe(413);
    expect(declared.body.error.code).toBe("payload_too_large");
    // Without a length up front, the server counts the bytes as they arrive.
    const chunks = Array.from({ length: 8 }, () => new Uint8Array(1024).fill(65));
    const streamed = await fetch(`${s.url}/api/assets`, {
      method: "POST",
      headers: asFile("video/webm"),
      body: new ReadableStream({
        pull(controller) {
          const next = chunks.shift();
          if (next) controller.enqueue(next);
          else controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(storedRows()).toBe(before);
    const exactly = await upload(new Uint8Array(LIMIT).fill(66), asFile("audio/webm"));
    expect(exactly.status).toBe(201);
  });

  it("lets only those who may change scenarios upload, and anyone signed in read", async () => {
    const png = pngImage(2, 2, [50, 60, 70]);
    for (const role of ["viewer", "commenter"]) {
      const res = await upload(png, { ...asFile("image/png"), "x-as": role });
      expect(res.status, role).toBe(403);
    }
    expect((await upload(png, { ...asFile("image/png"), "x-as": "nobody" })).status).toBe(401);
    expect((await fetch(`${s.url}/api/assets/${sha256Id(png)}`)).status).toBe(404);
    const stored = await upload(png, asFile("image/png"));
    const read = (as: string) =>
      fetch(`${s.url}/api/assets/${stored.body.id}`, { headers: { "x-as": as } });
    expect((await read("viewer")).status).toBe(200);
    expect((await read("nobody")).status).toBe(401);
  });
});

describe("GET /api/assets/:id", () => {
  it("answers 400 for a malformed id and 404 for an unknown one", async () => {
    for (const id of ["nope", `sha256-${"A".repeat(64)}`, `sha256-${"a".repeat(63)}`]) {
      const res = await fetch(`${s.url}/api/assets/${id}`);
      expect(res.status, id).toBe(400);
      expect(((await res.json()) as ErrorBody).error.code).toBe("invalid_request");
    }
    const unknown = await fetch(`${s.url}/api/assets/sha256-${"0".repeat(64)}`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ErrorBody).error.code).toBe("not_found");
  });
});

describe("exports of a scenario with uploaded media", () => {
  const http = () => api(s.url);

  async function exportScenario(id: string, format: string) {
    const start = await http().post(`/api/scenarios/${id}/exports`, { format });
    expect(start.status).toBe(202);
    for (let i = 0; i < 400; i++) {
      const job = await http().get(`/api/exports/${start.body.id}`);
      if (job.body.status === "done" || job.body.status === "failed") return job.body;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error("the export job did not finish");
  }

  it("packages the stored image the scene shows, and names it while it is missing", async () => {
    const { scenario, assets } = exportFixture({ withImage: true, id: "with-image" });
    const [imageId, image] = [...assets][0] as [string, Uint8Array];
    expect(scenario.assets.map((a) => a.id)).toEqual([imageId]);
    const imported = await http().post("/api/scenarios/import", writeScenario(scenario));
    expect(imported.status).toBe(201);

    const before = await exportScenario("with-image", "scorm12");
    expect(before.status).toBe("failed");
    expect(before.error).toContain(imageId);

    const uploaded = await upload(image, asFile("image/png", "pixel.png"));
    expect(uploaded.body.id).toBe(imageId);
    const after = await exportScenario("with-image", "scorm12");
    expect(after.status).toBe("done");
    const zip = await fetch(`${s.url}${after.download.url}`);
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    const packaged = files[`assets/${imageId}.png`];
    expect(packaged && Buffer.from(packaged).equals(Buffer.from(image))).toBe(true);
  });
});
