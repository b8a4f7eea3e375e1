import type { IncomingMessage } from "node:http";
import type { Authorize, Grant } from "../auth/authorization";
import { canManageScenarios, isRefusal } from "../auth/authorization";
import type { ServerConfig } from "../config/server-config";
import { ApiError } from "../http/api-error";
import type { ScenarioService } from "../scenarios/scenario-service";
import type { TemplateCatalog } from "../templates/template-catalog";

/** What the route handlers need. */
export interface ApiContext {
  authorize: Authorize;
  scenarios: ScenarioService;
  templates: TemplateCatalog;
  limits: ServerConfig["limits"];
  isReady(): boolean;
  /** Closes a scenario's live documents (after a delete). */
  closeScenario(id: string): Promise<void>;
}

/** Runs the authorize hook; refusals become 401/403 answers. */
export async function requireGrant(
  ctx: ApiContext,
  request: IncomingMessage,
  scenarioId: string | null,
  write: boolean,
): Promise<Grant> {
  const result = await ctx.authorize(request, scenarioId);
  if (isRefusal(result)) {
    throw new ApiError(
      result.refused,
      result.refused === 401 ? "unauthorized" : "forbidden",
      result.message,
    );
  }
  if (write && !canManageScenarios(result.role)) {
    throw new ApiError(403, "forbidden", `a ${result.role} cannot change scenarios`);
  }
  return result;
}
