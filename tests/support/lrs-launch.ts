import { randomUUID } from "node:crypto";
import type { TestLrs } from "./test-lrs";

export const ACTOR = {
  objectType: "Agent",
  name: "Sam Rivera",
  account: { homePage: "https://lms.example.com", name: "learner-1" },
};

/** A TinCan launch URL, as an LMS builds it for tincan.xml's launch file. */
export function xapiLaunchUrl(
  base: string,
  lrs: TestLrs,
  activityId: string,
  registration: string = randomUUID(),
): { url: string; registration: string; auth: string } {
  const auth = `Basic ${Buffer.from(`key-${registration}:secret`).toString("base64")}`;
  lrs.allowAuth(auth);
  const q = new URLSearchParams({
    endpoint: lrs.endpoint,
    auth,
    actor: JSON.stringify(ACTOR),
    registration,
    activity_id: activityId,
  });
  return { url: `${base}?${q.toString()}`, registration, auth };
}

export interface Cmi5Launch {
  url: string;
  registration: string;
  sessionId: string;
  publisherId: string;
}

/**
 * What a cmi5 LMS does before it opens an AU (cmi5 section 8 and 10): writes
 * LMS.LaunchData with a context template for this session, records `launched`,
 * and builds the launch URL with a fresh one-time fetch URL.
 */
export function cmi5Launch(
  base: string,
  lrs: TestLrs,
  auId: string,
  options: {
    registration?: string;
    launchMode?: "Normal" | "Browse" | "Review";
    masteryScore?: number;
    moveOn?: string;
  } = {},
): Cmi5Launch {
  const registration: string = options.registration ?? randomUUID();
  const sessionId = randomUUID();
  const publisherId = `${auId}/publisher`;
  const token = Buffer.from(`cmi5-${sessionId}:secret`).toString("base64");
  lrs.allowAuth(`Basic ${token}`);
  lrs.putState(
    { activityId: auId, agent: JSON.stringify(ACTOR), registration, stateId: "LMS.LaunchData" },
    {
      contextTemplate: {
        contextActivities: { grouping: [{ objectType: "Activity", id: publisherId }] },
        extensions: { "https://w3id.org/xapi/cmi5/context/extensions/sessionid": sessionId },
      },
      launchMode: options.launchMode ?? "Normal",
      moveOn: options.moveOn ?? "CompletedOrPassed",
      ...(options.masteryScore !== undefined ? { masteryScore: options.masteryScore } : {}),
      returnURL: "https://lms.example.com/return",
    },
  );
  const q = new URLSearchParams({
    endpoint: lrs.endpoint,
    fetch: lrs.fetchUrl(token),
    actor: JSON.stringify(ACTOR),
    registration,
    activityId: auId,
  });
  return { url: `${base}?${q.toString()}`, registration, sessionId, publisherId };
}
