import type { IncomingMessage } from "node:http";

export const ROLES = ["admin", "designer", "commenter", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  name: string;
  /** CSS colour for presence (avatars, cursors, carets). */
  color: string;
}

export interface Grant {
  user: User;
  role: Role;
}

export interface Refusal {
  refused: 401 | 403;
  message: string;
}

/**
 * The one place that decides who a request is and what they may do with a
 * scenario. It runs on every REST request and on the WebSocket upgrade, before
 * any Yjs message flows. `scenarioId` is null for requests not about one
 * scenario (listing, creating, importing, `/api/me`).
 */
export type Authorize = (
  request: IncomingMessage,
  scenarioId: string | null,
) => Grant | Refusal | Promise<Grant | Refusal>;

export function refusal(status: 401 | 403, message?: string): Refusal {
  return {
    refused: status,
    message: message ?? (status === 401 ? "sign in first" : "not allowed for this scenario"),
  };
}

export function isRefusal(result: Grant | Refusal): result is Refusal {
  return "refused" in result;
}

/** Which live document a connection edits: the scenario itself, or its comments. */
export type DocumentKind = "scenario" | "comments";

/** Commenters write the comments document only; viewers write nothing. */
export function canWrite(role: Role, kind: DocumentKind): boolean {
  if (role === "admin" || role === "designer") return true;
  return role === "commenter" && kind === "comments";
}

/** Creating, renaming, duplicating, deleting and restoring scenarios. */
export function canManageScenarios(role: Role): boolean {
  return role === "admin" || role === "designer";
}
