import type { IncomingMessage, ServerResponse } from "node:http";
import { isAllowedOrigin } from "../auth/check-origin";
import type { Logger } from "../logging/logger";
import { ApiError } from "./api-error";
import type { Router } from "./router";
import { sendError } from "./send-json";

export interface RequestHandlerOptions {
  router: Router;
  serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void>;
  /** Told of every request for a studio page before it is served (not awaited). */
  onStudioPage?(req: IncomingMessage, pathname: string): void;
  allowedOrigins: readonly string[];
  logger: Logger;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** `/api/*` goes to the router with JSON errors; everything else is the studio. */
export function createRequestHandler(o: RequestHandlerOptions) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    let url: URL;
    try {
      url = new URL(request.url ?? "/", "http://localhost");
    } catch {
      sendError(response, new ApiError(400, "bad_url", "malformed URL"));
      return;
    }
    try {
      if (url.pathname === "/api" || url.pathname.startsWith("/api/")) {
        if (
          !SAFE_METHODS.has(request.method ?? "") &&
          !isAllowedOrigin(request, o.allowedOrigins)
        ) {
          throw new ApiError(403, "forbidden_origin", "cross-origin request refused");
        }
        const { handler, params } = o.router.match(request.method ?? "GET", url.pathname);
        await handler({ request, response, url, params });
        return;
      }
      if (request.method === "GET") o.onStudioPage?.(request, url.pathname);
      await o.serveStatic(request, response, url.pathname);
    } catch (error) {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      if (error instanceof ApiError) {
        sendError(response, error);
        if (error.status === 413) response.once("finish", () => request.destroy());
        return;
      }
      o.logger.error("request failed", { method: request.method, path: url.pathname, error });
      sendError(response, new ApiError(500, "internal", "internal error"));
    }
  };
}
