import { CMI5, type XapiStatementLike } from "./cmi5-vocabulary";
import type { ConformanceFinding } from "./conformance-finding";

export interface Cmi5RegistrationContext {
  /** The launch activityId (the AU's id as the LMS sent it). */
  activityId: string;
  registration: string;
  /** From LMS.LaunchData. */
  launchMode: "Normal" | "Browse" | "Review";
  masteryScore?: number | null;
  /** Statements the LMS itself sent (launched, abandoned, waived, satisfied) are skipped. */
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const LMS_VERBS: readonly string[] = [
  CMI5.verbs.launched,
  CMI5.verbs.abandoned,
  CMI5.verbs.waived,
  CMI5.verbs.satisfied,
];
const verbName = (id: string | undefined) => (id ?? "").replace(/^.*\//, "");

function categories(s: XapiStatementLike): string[] {
  return (s.context?.contextActivities?.category ?? []).map((c) => c.id ?? "");
}

/**
 * The cmi5 rules for the statements an AU sends, over every statement of one
 * registration (all its sessions), as listed in the conformance notes from
 * cmi5 sections 9 and 10. Statements sent by the LMS are ignored.
 */
export function checkCmi5Statements(
  all: readonly XapiStatementLike[],
  ctx: Cmi5RegistrationContext,
): ConformanceFinding[] {
  const findings: ConformanceFinding[] = [];
  const error = (code: string, s: XapiStatementLike | null, message: string) =>
    findings.push({
      code,
      severity: "error",
      message: s ? `${verbName(s.verb?.id)} ${s.id ?? "(no id)"}: ${message}` : message,
    });
  const auStatements = all
    .filter((s) => !LMS_VERBS.includes(s.verb?.id ?? ""))
    .slice()
    .sort((a, b) => Date.parse(a.timestamp ?? "") - Date.parse(b.timestamp ?? ""));

  const sessions = new Map<string, XapiStatementLike[]>();
  for (const s of auStatements) {
    checkStatement(s, ctx, error);
    const sessionId = String(s.context?.extensions?.[CMI5.sessionId] ?? "");
    if (!sessionId) continue;
    if (!sessions.has(sessionId)) sessions.set(sessionId, []);
    sessions.get(sessionId)!.push(s);
  }
  for (const [sessionId, list] of sessions) checkSession(sessionId, list, ctx, error);

  // Per registration: at most one completed and one passed, no failed after passed.
  const defined = auStatements.filter((s) => categories(s).includes(CMI5.categoryCmi5));
  const count = (verb: string) => defined.filter((s) => s.verb?.id === verb).length;
  if (count(CMI5.verbs.completed) > 1)
    error(
      "registration-completed-twice",
      null,
      "more than one completed statement in the registration",
    );
  if (count(CMI5.verbs.passed) > 1)
    error("registration-passed-twice", null, "more than one passed statement in the registration");
  const firstPassed = defined.findIndex((s) => s.verb?.id === CMI5.verbs.passed);
  if (
    firstPassed >= 0 &&
    defined.slice(firstPassed + 1).some((s) => s.verb?.id === CMI5.verbs.failed)
  ) {
    error(
      "failed-after-passed",
      null,
      "a failed statement follows a passed one in the registration",
    );
  }
  return findings;
}

type ErrorFn = (code: string, s: XapiStatementLike | null, message: string) => void;

function checkStatement(s: XapiStatementLike, ctx: Cmi5RegistrationContext, error: ErrorFn) {
  const verb = s.verb?.id ?? "";
  const cats = categories(s);
  const isDefined = cats.includes(CMI5.categoryCmi5);
  if (!s.id || !UUID.test(s.id)) error("statement-id", s, "id is not a UUID");
  if (
    !s.actor ||
    (s.actor.objectType && s.actor.objectType !== "Agent") ||
    !s.actor.account?.name ||
    !s.actor.account?.homePage
  ) {
    error("actor-account", s, "the actor must be an Agent identified by account");
  }
  if (s.context?.registration !== ctx.registration)
    error("registration", s, "context.registration is not the launch registration");
  if (!s.context?.extensions?.[CMI5.sessionId])
    error("session-id", s, "context.extensions has no sessionid");
  const progress = s.result?.extensions?.[CMI5.progress];
  if (
    progress !== undefined &&
    !(Number.isInteger(progress) && (progress as number) >= 0 && (progress as number) <= 100)
  ) {
    error("progress", s, `progress ${String(progress)} is not an integer from 0 to 100`);
  }
  if (!isDefined) return;

  if (s.object?.id !== ctx.activityId)
    error("object-id", s, "the object id is not the launch activityId");
  const result = s.result ?? {};
  const hasScore = result.score !== undefined;
  const hasSuccess = result.success !== undefined;
  const hasCompletion = result.completion !== undefined;
  const { passed, failed, completed, terminated, initialized } = CMI5.verbs;
  if (hasScore && verb !== passed && verb !== failed)
    error("score-placement", s, "score only belongs on passed or failed");
  if (hasSuccess && verb !== passed && verb !== failed && verb !== CMI5.verbs.waived) {
    error("success-placement", s, "success only belongs on passed, failed or waived");
  }
  if (hasCompletion && verb !== completed && verb !== CMI5.verbs.waived) {
    error("completion-placement", s, "completion only belongs on completed or waived");
  }
  const moveOn = cats.includes(CMI5.categoryMoveOn);
  if (moveOn !== (hasSuccess || hasCompletion)) {
    error(
      "moveon-category",
      s,
      "the moveon category must be present exactly when success or completion is",
    );
  }
  if (verb === completed && (result.completion !== true || !result.duration)) {
    error("completed-result", s, "completed needs result.completion true and a duration");
  }
  const mastery = ctx.masteryScore ?? null;
  const scaled = result.score?.scaled;
  if (verb === passed) {
    if (result.success !== true || !result.duration)
      error("passed-result", s, "passed needs result.success true and a duration");
    if (mastery !== null && scaled !== undefined && scaled < mastery)
      error("passed-below-mastery", s, `scaled ${scaled} is below masteryScore ${mastery}`);
  }
  if (verb === failed) {
    if (result.success !== false || !result.duration)
      error("failed-result", s, "failed needs result.success false and a duration");
    if (mastery !== null && scaled !== undefined && scaled >= mastery)
      error("failed-above-mastery", s, `scaled ${scaled} reaches masteryScore ${mastery}`);
  }
  if (
    (verb === passed || verb === failed) &&
    mastery !== null &&
    s.context?.extensions?.[CMI5.masteryScore] !== mastery
  ) {
    error(
      "masteryscore-extension",
      s,
      "passed and failed carry the masteryscore extension when the LMS gave one",
    );
  }
  if (verb === terminated && !result.duration)
    error("terminated-duration", s, "terminated needs a duration");
  if (![initialized, completed, passed, failed, terminated].includes(verb as never)) {
    error(
      "unknown-defined-verb",
      s,
      "an AU may only send initialized, completed, passed, failed and terminated as cmi5-defined statements",
    );
  }
}

function checkSession(
  sessionId: string,
  list: XapiStatementLike[],
  ctx: Cmi5RegistrationContext,
  error: ErrorFn,
) {
  const where = `session ${sessionId}`;
  const { initialized, terminated, passed, failed, completed } = CMI5.verbs;
  const first = list[0];
  const last = list[list.length - 1];
  if (first?.verb?.id !== initialized)
    error("initialized-first", null, `${where}: the first statement is not initialized`);
  const terminatedIndex = list.findIndex((s) => s.verb?.id === terminated);
  if (terminatedIndex >= 0 && last?.verb?.id !== terminated)
    error("terminated-last", null, `${where}: statements follow terminated`);
  const defined = list.filter((s) => categories(s).includes(CMI5.categoryCmi5));
  const seen = new Set<string>();
  for (const s of defined) {
    const verb = s.verb?.id ?? "";
    if (seen.has(verb))
      error("verb-repeated", s, `${where}: ${verbName(verb)} appears twice in the session`);
    seen.add(verb);
  }
  if (seen.has(passed) && seen.has(failed))
    error("passed-and-failed", null, `${where}: both passed and failed in one session`);
  if (ctx.launchMode !== "Normal") {
    for (const s of list) {
      if (s.verb?.id !== initialized && s.verb?.id !== terminated) {
        error(
          "launch-mode",
          s,
          `${where}: only initialized and terminated may be sent in ${ctx.launchMode} mode`,
        );
      }
    }
  }
  const initializedIndex = list.findIndex((s) => s.verb?.id === initialized);
  list.forEach((s, i) => {
    if (categories(s).includes(CMI5.categoryCmi5)) return;
    if (
      initializedIndex < 0 ||
      i < initializedIndex ||
      (terminatedIndex >= 0 && i > terminatedIndex)
    ) {
      error(
        "allowed-outside-session",
        s,
        `${where}: a cmi5-allowed statement falls outside initialized..terminated`,
      );
    }
  });
  const completedIndex = list.findIndex((s) => s.verb?.id === completed);
  if (completedIndex >= 0) {
    for (const s of list.slice(completedIndex)) {
      if (s.result?.extensions?.[CMI5.progress] !== undefined) {
        error("progress-after-completed", s, `${where}: progress is sent on or after completed`);
      }
    }
  }
}
