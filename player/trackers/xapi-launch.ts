import type { XapiAgent } from "./xapi-types";

/**
 * Reads an actor from a launch URL. TinCan launches (Rustici's launch
 * document) may send the pre-1.0 form with arrays (`mbox: ["mailto:.."]`,
 * `account: [{accountServiceHomePage, accountName}]`); those become 1.0 Agents.
 */
export function parseActor(text: string | null): XapiAgent | null {
  if (!text) return null;
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (!raw || typeof raw !== "object") return null;
  const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
  const agent: XapiAgent = { objectType: "Agent" };
  const name = first(raw.name);
  if (typeof name === "string") agent.name = name;
  const mbox = first(raw.mbox);
  const account = first(raw.account) as Record<string, unknown> | undefined;
  if (typeof mbox === "string") agent.mbox = mbox.startsWith("mailto:") ? mbox : `mailto:${mbox}`;
  else if (account && typeof account === "object") {
    const homePage = account.homePage ?? account.accountServiceHomePage;
    const accountName = account.name ?? account.accountName;
    if (typeof homePage === "string" && typeof accountName === "string") {
      agent.account = { homePage, name: accountName };
    }
  } else if (typeof raw.mbox_sha1sum === "string") agent.mbox_sha1sum = raw.mbox_sha1sum;
  else if (typeof raw.openid === "string") agent.openid = raw.openid;
  return agent.mbox || agent.account || agent.mbox_sha1sum || agent.openid ? agent : null;
}

/** The LRS base URL with exactly one trailing slash. */
export function normalizeEndpoint(endpoint: string): string {
  return endpoint.endsWith("/") ? endpoint : `${endpoint}/`;
}
