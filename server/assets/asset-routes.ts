import { z } from "zod";
import { ASSET_MIME_TYPES, type Asset, AssetIdSchema, AssetMimeTypeSchema } from "../../core";
import { type ApiContext, requireGrant } from "../api/api-context";
import { ApiError, invalidRequest, notFound } from "../http/api-error";
import { readBodyBytes } from "../http/read-body";
import type { Router } from "../http/router";
import { sendJson } from "../http/send-json";
import type { DocumentStore } from "../storage/document-store";
import { assetIdOf } from "./asset-id";
import { checkAssetBytes } from "./check-asset-bytes";

/** The browser sends the name URI-encoded: header values cannot carry every character a file name can. */
const UploadHeadersSchema = z.object({
  "x-asset-name": z
    .string({ error: "required: the file's name, URI-encoded" })
    .transform((raw, ctx) => {
      try {
        return decodeURIComponent(raw);
      } catch {
        ctx.addIssue({ code: "custom", message: "is not URI-encoded" });
        return z.NEVER;
      }
    })
    .pipe(z.string().min(1, "must not be empty").max(200)),
});

const ParamsSchema = z.object({ id: AssetIdSchema });

const mimeTypeOf = (header: string | undefined): string =>
  (header ?? "").split(";")[0]?.trim().toLowerCase() ?? "";

/**
 * Media files, stored by content hash:
 * - `POST /api/assets` with the file as the body, its type as `Content-Type`
 *   and `X-Asset-Name`: stores it (once per content) and answers with the
 *   scenario's asset entry, 201;
 * - `GET /api/assets/:id`: the file, cacheable forever since its id is its hash.
 */
export function addAssetRoutes(
  router: Router,
  ctx: ApiContext,
  store: Pick<DocumentStore, "putAsset" | "getAsset">,
): void {
  router.add("POST", "/api/assets", async (c) => {
    await requireGrant(ctx, c.request, null, true);
    const type = AssetMimeTypeSchema.safeParse(mimeTypeOf(c.request.headers["content-type"]));
    if (!type.success) {
      throw new ApiError(
        415,
        "unsupported_media_type",
        `upload one of these kinds of file: ${ASSET_MIME_TYPES.join(", ")}`,
      );
    }
    const headers = UploadHeadersSchema.safeParse(c.request.headers);
    if (!headers.success) throw invalidRequest("headers", headers.error);
    const data = await readBodyBytes(c.request, ctx.limits.maxAssetBytes);
    if (data.byteLength === 0) throw new ApiError(400, "empty_body", "the file is empty");
    const mismatch = checkAssetBytes(type.data, data);
    if (mismatch) throw new ApiError(415, "unsupported_media_type", mismatch);
    const id = assetIdOf(data);
    await store.putAsset({ id, mimeType: type.data, bytes: data.byteLength, data });
    const asset: Asset = {
      id,
      name: headers.data["x-asset-name"],
      mimeType: type.data,
      bytes: data.byteLength,
    };
    sendJson(c.response, 201, asset, { Location: `/api/assets/${id}` });
  });

  router.add("GET", "/api/assets/:id", async (c) => {
    const params = ParamsSchema.safeParse(c.params);
    if (!params.success) throw invalidRequest("path", params.error);
    await requireGrant(ctx, c.request, null, false);
    const asset = await store.getAsset(params.data.id);
    if (!asset) throw notFound(`asset "${params.data.id}"`);
    c.response.writeHead(200, {
      "Content-Type": asset.mimeType,
      "Content-Length": asset.data.byteLength,
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      // Opened on its own, a file gets no script, no plugins and no origin of its own to act with.
      "Content-Security-Policy": "sandbox; default-src 'none'",
    });
    c.response.end(c.request.method === "HEAD" ? undefined : asset.data);
  });
}
