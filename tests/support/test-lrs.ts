import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import xapiValidation from "@learninglocker/xapi-validation";

// The package is CommonJS with `exports.default`; under ESM interop it may arrive wrapped.
const validate = ((xapiValidation as unknown as { default?: unknown }).default ??
  xapiValidation) as (statement: unknown) => { message?: string; path?: string[] }[];

export interface StoredStatement {
  id: string;
  stored: string;
  [key: string]: unknown;
}

export interface RejectedRequest {
  method: string;
  path: string;
  status: number;
  reason: string;
}

export interface TestLrs {
  /** e.g. http://127.0.0.1:1234/xapi/ */
  endpoint: string;
  origin: string;
  statements: StoredStatement[];
  /** Every request refused (400, 401, 409), with why. */
  rejected: RejectedRequest[];
  /** Requests by "METHOD path", to count fetch-URL uses, state reads and so on. */
  requests: string[];
  /** While down, every xAPI request has its connection cut, as if the LRS were unreachable. */
  setDown(down: boolean): void;
  /** A one-time cmi5 fetch URL that hands out `token` once. */
  fetchUrl(token: string): string;
  /** Basic credentials the LRS accepts, as an Authorization header value. */
  allowAuth(header: string): void;
  putState(params: Record<string, string>, body: unknown): void;
  putAgentProfile(agent: unknown, profileId: string, body: unknown): void;
  close(): Promise<void>;
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
};

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Agents are compared by their identifier (one IFI), whatever else the JSON carries. */
function agentKey(text: string | null): string {
  try {
    const a = JSON.parse(text ?? "") as Record<string, unknown>;
    const account = a.account as { homePage?: string; name?: string } | undefined;
    return a.mbox
      ? `mbox:${a.mbox}`
      : account
        ? `account:${account.homePage}|${account.name}`
        : `other:${text}`;
  } catch {
    return `bad:${text}`;
  }
}

const stateKey = (q: URLSearchParams) =>
  [
    q.get("activityId"),
    agentKey(q.get("agent")),
    q.get("registration") ?? "",
    q.get("stateId"),
  ].join("\n");

/**
 * A small LRS for tests, on 127.0.0.1 and a free port: statements (POST, PUT,
 * GET; each validated with @learninglocker/xapi-validation and refused with 400
 * when invalid; ids kept unique, a resent identical statement is accepted once),
 * the State API, agent profiles, `about`, and cmi5 fetch URLs that work once.
 * CORS is open, since packages are served from another origin.
 */
export async function startTestLrs(): Promise<TestLrs> {
  const statements: StoredStatement[] = [];
  const rejected: RejectedRequest[] = [];
  const requests: string[] = [];
  const states = new Map<string, string>();
  const profiles = new Map<string, string>();
  const fetchTokens = new Map<string, { token: string; used: boolean }>();
  const allowed = new Set<string>();
  const sockets = new Set<Socket>();
  let down = false;

  const refuse = (
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    status: number,
    reason: string,
  ) => {
    // A 404 for a document that does not exist yet is an answer, not a refusal.
    if (status !== 404) rejected.push({ method: req.method ?? "", path, status, reason });
    json(res, status, { error: reason });
  };

  const store = (
    raw: unknown,
  ): { ok: true; id: string } | { ok: false; status: number; reason: string } => {
    const warnings = validate(raw);
    if (warnings.length > 0) {
      return {
        ok: false,
        status: 400,
        reason: warnings
          .map((w) => `${(w.path ?? []).join(".")}: ${w.message ?? "invalid"}`)
          .join("; "),
      };
    }
    const statement = raw as Record<string, unknown>;
    const id = typeof statement.id === "string" ? statement.id : randomUUID();
    const existing = statements.find((s) => s.id === id);
    if (existing) {
      const { stored: _stored, ...before } = existing;
      const same = JSON.stringify({ ...before, id }) === JSON.stringify({ ...statement, id });
      return same
        ? { ok: true, id }
        : { ok: false, status: 409, reason: `statement ${id} exists with other content` };
    }
    statements.push({ ...statement, id, stored: new Date().toISOString() });
    return { ok: true, id };
  };

  const server: Server = createServer(async (req, res) => {
    res.setHeader("Access-Control-Allow-Origin", "*");
    res.setHeader(
      "Access-Control-Allow-Headers",
      "Authorization, Content-Type, X-Experience-API-Version",
    );
    res.setHeader("Access-Control-Allow-Methods", "GET, PUT, POST, DELETE, OPTIONS");
    res.setHeader("Access-Control-Expose-Headers", "X-Experience-API-Version");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = url.pathname;
    if (req.method === "OPTIONS") {
      res.writeHead(204).end();
      return;
    }
    requests.push(`${req.method} ${path}`);
    if (down) {
      req.socket.destroy();
      return;
    }
    try {
      if (path.startsWith("/fetch/") && req.method === "POST") {
        const entry = fetchTokens.get(path.slice("/fetch/".length));
        if (!entry || entry.used) {
          json(res, 200, { "error-code": "1", "error-text": "this fetch URL was already used" });
          return;
        }
        entry.used = true;
        json(res, 200, { "auth-token": entry.token });
        return;
      }
      if (!path.startsWith("/xapi/")) {
        res.writeHead(404).end();
        return;
      }
      const resource = path.slice("/xapi/".length);
      if (resource === "about") {
        json(res, 200, { version: ["1.0.3"] });
        return;
      }
      if (req.headers["x-experience-api-version"] !== "1.0.3") {
        refuse(req, res, path, 400, "X-Experience-API-Version 1.0.3 is required");
        return;
      }
      if (!allowed.has(req.headers.authorization ?? "")) {
        refuse(req, res, path, 401, `unknown credentials ${req.headers.authorization ?? "(none)"}`);
        return;
      }
      const q = url.searchParams;
      if (resource === "statements") {
        if (req.method === "GET") {
          const id = q.get("statementId");
          if (id) {
            const s = statements.find((x) => x.id === id);
            if (s) json(res, 200, s);
            else refuse(req, res, path, 404, "no such statement");
            return;
          }
          const registration = q.get("registration");
          json(res, 200, {
            statements: statements.filter(
              (s) =>
                !registration ||
                (s.context as { registration?: string } | undefined)?.registration === registration,
            ),
            more: "",
          });
          return;
        }
        let body: unknown;
        try {
          body = JSON.parse(await readBody(req));
        } catch {
          refuse(req, res, path, 400, "body is not JSON");
          return;
        }
        if (req.method === "PUT") {
          const id = q.get("statementId");
          if (!id) {
            refuse(req, res, path, 400, "PUT needs statementId");
            return;
          }
          const result = store({ ...(body as object), id });
          if (result.ok) res.writeHead(204).end();
          else refuse(req, res, path, result.status, result.reason);
          return;
        }
        if (req.method === "POST") {
          const list = Array.isArray(body) ? body : [body];
          // A batch is all or nothing: check every statement before storing any.
          for (const s of list) {
            const warnings = validate(s);
            if (warnings.length > 0) {
              refuse(
                req,
                res,
                path,
                400,
                warnings
                  .map((w) => `${(w.path ?? []).join(".")}: ${w.message ?? "invalid"}`)
                  .join("; "),
              );
              return;
            }
          }
          const ids: string[] = [];
          for (const s of list) {
            const result = store(s);
            if (!result.ok) {
              refuse(req, res, path, result.status, result.reason);
              return;
            }
            ids.push(result.id);
          }
          json(res, 200, ids);
          return;
        }
      }
      if (resource === "activities/state") {
        if (!q.get("activityId") || !q.get("agent") || !q.get("stateId")) {
          refuse(req, res, path, 400, "activityId, agent and stateId are required");
          return;
        }
        const key = stateKey(q);
        if (req.method === "GET") {
          const value = states.get(key);
          if (value === undefined) refuse(req, res, path, 404, "no such state");
          else res.writeHead(200, { "Content-Type": "application/json" }).end(value);
          return;
        }
        if (req.method === "PUT" || req.method === "POST") {
          states.set(key, await readBody(req));
          res.writeHead(204).end();
          return;
        }
        if (req.method === "DELETE") {
          states.delete(key);
          res.writeHead(204).end();
          return;
        }
      }
      if (resource === "agents/profile" && req.method === "GET") {
        const value = profiles.get(`${agentKey(q.get("agent"))}\n${q.get("profileId")}`);
        if (value === undefined) refuse(req, res, path, 404, "no such profile");
        else res.writeHead(200, { "Content-Type": "application/json" }).end(value);
        return;
      }
      refuse(req, res, path, 404, `no ${req.method} ${resource}`);
    } catch (error) {
      if (!res.headersSent) json(res, 500, { error: String(error) });
    }
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoint: `${origin}/xapi/`,
    origin,
    statements,
    rejected,
    requests,
    setDown(value) {
      down = value;
      if (value) for (const s of sockets) s.destroy();
    },
    fetchUrl(token) {
      const id = randomUUID();
      fetchTokens.set(id, { token, used: false });
      return `${origin}/fetch/${id}`;
    },
    allowAuth(header) {
      allowed.add(header);
    },
    putState(params, body) {
      states.set(stateKey(new URLSearchParams(params)), JSON.stringify(body));
    },
    putAgentProfile(agent, profileId, body) {
      profiles.set(`${agentKey(JSON.stringify(agent))}\n${profileId}`, JSON.stringify(body));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
