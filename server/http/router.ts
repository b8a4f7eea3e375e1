import type { IncomingMessage, ServerResponse } from "node:http";
import { ApiError } from "./api-error";

export interface RouteContext {
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  /** Raw path parameters; handlers validate them with zod. */
  params: Record<string, string>;
}

export type RouteHandler = (ctx: RouteContext) => Promise<void> | void;

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: RouteHandler;
}

/**
 * A dozen routes do not need a framework: `:name` segments become parameters,
 * a path that exists under another method answers 405 with `Allow`.
 */
export class Router {
  readonly #routes: Route[] = [];

  add(method: string, path: string, handler: RouteHandler): this {
    const keys: string[] = [];
    const source = path
      .split("/")
      .map((segment) => {
        if (!segment.startsWith(":")) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        keys.push(segment.slice(1));
        return "([^/]+)";
      })
      .join("/");
    this.#routes.push({ method, pattern: new RegExp(`^${source}$`), keys, handler });
    return this;
  }

  /** Finds the handler for a request; throws 404 or 405 as an ApiError. */
  match(
    method: string,
    pathname: string,
  ): { handler: RouteHandler; params: Record<string, string> } {
    const allowed = new Set<string>();
    for (const route of this.#routes) {
      const m = route.pattern.exec(pathname);
      if (!m) continue;
      if (route.method !== method && !(method === "HEAD" && route.method === "GET")) {
        allowed.add(route.method);
        continue;
      }
      const params: Record<string, string> = {};
      route.keys.forEach((key, i) => {
        params[key] = safeDecode(m[i + 1] ?? "");
      });
      return { handler: route.handler, params };
    }
    if (allowed.size > 0) {
      const allow = [...allowed].join(", ");
      throw new ApiError(405, "method_not_allowed", `use ${allow}`, undefined, { Allow: allow });
    }
    throw new ApiError(404, "not_found", `no API route ${method} ${pathname}`);
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
