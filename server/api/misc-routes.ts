import type { Router } from "../http/router";
import { sendJson } from "../http/send-json";
import { type ApiContext, requireGrant } from "./api-context";

export function addMiscRoutes(router: Router, ctx: ApiContext): void {
  router.add("GET", "/api/health", (c) => {
    if (ctx.isReady()) sendJson(c.response, 200, { ok: true });
    else sendJson(c.response, 503, { ok: false });
  });

  router.add("GET", "/api/me", async (c) => {
    const { user, role } = await requireGrant(ctx, c.request, null, false);
    sendJson(c.response, 200, { id: user.id, name: user.name, color: user.color, role });
  });

  router.add("GET", "/api/templates", async (c) => {
    await requireGrant(ctx, c.request, null, false);
    sendJson(c.response, 200, { templates: ctx.templates.list() });
  });
}
