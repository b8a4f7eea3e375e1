import { type LrsConnection, lrsHeaders } from "./xapi-queue";
import type { XapiContext } from "./xapi-types";

/** LMS.LaunchData (cmi5 section 10), the fields an AU reads. */
export interface Cmi5LaunchData {
  contextTemplate: XapiContext;
  launchMode: "Normal" | "Browse" | "Review";
  launchParameters?: string;
  masteryScore?: number;
  moveOn?: string;
  returnURL?: string;
  entitlementKey?: { courseStructure?: string; alternate?: string };
}

/**
 * Trades the one-time fetch URL for the session's auth token. The token is
 * kept in sessionStorage, because a reload of the AU would otherwise find the
 * fetch URL spent (cmi5 8.2.3: a second POST returns an error).
 */
export async function fetchAuthToken(win: Window, fetchUrl: string): Promise<string | null> {
  const key = `forkline.cmi5.token:${fetchUrl}`;
  try {
    const kept = win.sessionStorage.getItem(key);
    if (kept) return kept;
  } catch {
    // no session storage: fetch every time
  }
  try {
    const res = await fetch(fetchUrl, { method: "POST" });
    if (!res.ok) return null;
    const body = (await res.json()) as Record<string, unknown>;
    const token = body["auth-token"];
    if (typeof token !== "string" || !token) return null;
    try {
      win.sessionStorage.setItem(key, token);
    } catch {
      // fine: this page keeps it in memory
    }
    return token;
  } catch {
    return null;
  }
}

export function readLaunchData(value: unknown): Cmi5LaunchData | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  const mode = v.launchMode;
  if (!v.contextTemplate || typeof v.contextTemplate !== "object") return null;
  const data: Cmi5LaunchData = {
    contextTemplate: v.contextTemplate as XapiContext,
    launchMode: mode === "Browse" || mode === "Review" ? mode : "Normal",
  };
  if (typeof v.masteryScore === "number") data.masteryScore = v.masteryScore;
  if (typeof v.moveOn === "string") data.moveOn = v.moveOn;
  if (typeof v.returnURL === "string") data.returnURL = v.returnURL;
  if (typeof v.launchParameters === "string") data.launchParameters = v.launchParameters;
  return data;
}

/** Learner preferences (cmi5 11): read for the language; absence is normal. */
export async function getLearnerPreferences(
  conn: LrsConnection,
  agent: unknown,
): Promise<{ languagePreference?: string } | null> {
  const q = new URLSearchParams({
    agent: JSON.stringify(agent),
    profileId: "cmi5LearnerPreferences",
  });
  try {
    const res = await fetch(`${conn.endpoint}agents/profile?${q.toString()}`, {
      headers: lrsHeaders(conn),
    });
    return res.ok ? ((await res.json()) as { languagePreference?: string }) : null;
  } catch {
    return null;
  }
}
