import { type Asset, AssetSchema } from "../../core";
import { toApiError } from "./api-client";
import { ApiError } from "./api-error";

/** Where the server serves a stored file; the same address for every scenario that uses it. */
export const assetUrl = (assetId: string): string => `/api/assets/${encodeURIComponent(assetId)}`;

export interface UploadOptions {
  /** Called with the share of the file sent so far, 0 to 1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/**
 * Sends a file to the server's asset store and returns its record (the id is
 * the hash of its bytes, so the same file uploaded twice is stored once).
 * XMLHttpRequest rather than fetch: only it reports upload progress, which a
 * video of several megabytes needs.
 */
export function uploadAsset(file: File, options: UploadOptions = {}): Promise<Asset> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/assets");
    xhr.setRequestHeader("content-type", typeOf(file));
    xhr.setRequestHeader("x-asset-name", encodeURIComponent(file.name));
    xhr.setRequestHeader("accept", "application/json");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onerror = () =>
      reject(new ApiError(0, "network", "The server cannot be reached. Check your connection."));
    xhr.onabort = () => reject(new ApiError(0, "aborted", "The upload was cancelled."));
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status < 200 || xhr.status >= 300) {
        reject(toApiError(xhr.status, body));
        return;
      }
      const asset = AssetSchema.safeParse(body);
      if (asset.success) resolve(asset.data);
      else reject(new ApiError(xhr.status, "bad-response", "Unexpected answer to the upload."));
    };
    options.signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

/** Some systems give caption files no type; the server checks the bytes either way. */
function typeOf(file: File): string {
  if (file.type) return file.type;
  return /\.vtt$/i.test(file.name) ? "text/vtt" : "application/octet-stream";
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
