import type { IncomingMessage } from "node:http";
import { ApiError } from "./api-error";

/**
 * Reads the whole request body, refusing anything larger than `limit` bytes
 * with 413 without buffering more than that: a declared length over the limit
 * is refused before reading, and a body sent without one is counted as it comes.
 */
export async function readBodyBytes(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers["content-length"]);
  const tooLarge = () =>
    new ApiError(413, "payload_too_large", `the body is larger than ${limit} bytes`);
  if (Number.isFinite(declared) && declared > limit) {
    request.resume();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).byteLength;
    if (size > limit) {
      request.resume();
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks, size);
}

/**
 * Reads a JSON request body as text, refusing anything but JSON (which also
 * keeps other sites from posting here with a plain HTML form) and anything
 * larger than `limit` bytes.
 */
export async function readJsonText(request: IncomingMessage, limit: number): Promise<string> {
  const type = (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") {
    throw new ApiError(415, "unsupported_media_type", "send the body as application/json");
  }
  return (await readBodyBytes(request, limit)).toString("utf8");
}

/** Reads and parses a JSON body; an empty body reads as `{}`. */
export async function readJsonBody(request: IncomingMessage, limit: number): Promise<unknown> {
  const text = await readJsonText(request, limit);
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, "invalid_json", "the body is not valid JSON");
  }
}
