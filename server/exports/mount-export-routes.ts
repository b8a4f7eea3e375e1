import type { ApiContext } from "../api/api-context";
import type { Router } from "../http/router";
import type { DocumentStore } from "../storage/document-store";
import { createServerExports } from "./create-export-jobs";
import { addExportRoutes } from "./export-routes";

/**
 * Everything export-related the server offers, in one call: the routes and the
 * jobs behind them. Fits `ForklineServerOptions.extendApi` as it is.
 */
export function mountExportRoutes(
  router: Router,
  context: ApiContext & { store: Pick<DocumentStore, "getAsset" | "exportJobs"> },
): void {
  const exportsApi = createServerExports(context);
  addExportRoutes(router, context, exportsApi.jobs, exportsApi.registry);
}
