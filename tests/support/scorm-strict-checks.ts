import type { RecordedCall, ScormVersion } from "./scorm-lms-host";

/**
 * The project's own checks of a SCO's API calls, where scorm-again is lenient
 * (its 4,096-character suspend_data limit, CMIIdentifier whitespace, response
 * formats, 2004 set-before-id dependencies and SPMs). Returns every breach.
 */
export function strictScormProblems(
  version: ScormVersion,
  calls: readonly RecordedCall[],
): string[] {
  return version === "scorm12" ? strict12(calls) : strict2004(calls);
}

const TIMESPAN_12 = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
const TIME_12 = /^\d{2}:\d{2}:\d{2}(\.\d{1,2})?$/;
const IDENTIFIER_12 = /^\S{1,255}$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const ISO_DURATION =
  /^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?)?$/;
const SHORT_ID = /^[^\s[\],]{1,250}$/;

function lifecycle(
  calls: readonly RecordedCall[],
  init: string,
  finish: string,
  set: string,
  commit: string,
): string[] {
  const out: string[] = [];
  if (calls[0]?.fn !== init) out.push(`the first call is ${calls[0]?.fn}, not ${init}`);
  const finishes = calls.filter((c) => c.fn === finish).length;
  if (finishes !== 1) out.push(`${finish} was called ${finishes} times`);
  if (calls[calls.length - 1]?.fn !== finish)
    out.push(`the last call is ${calls[calls.length - 1]?.fn}, not ${finish}`);
  if (calls.filter((c) => c.fn === init).length !== 1)
    out.push(`${init} was not called exactly once`);
  for (const c of calls) {
    if ([init, set, commit, finish].includes(c.fn) && (c.ret !== "true" || c.err !== "0")) {
      out.push(`${c.fn}(${c.args.join(", ")}) returned ${c.ret} with error ${c.err}`);
    }
  }
  return out;
}

function strict12(calls: readonly RecordedCall[]): string[] {
  const out = lifecycle(calls, "LMSInitialize", "LMSFinish", "LMSSetValue", "LMSCommit");
  const types = new Map<string, string>();
  const idsSet = new Set<string>();
  for (const c of calls.filter((x) => x.fn === "LMSSetValue")) {
    const [el = "", v = ""] = c.args;
    const bad = (why: string) => out.push(`${el} = "${v.slice(0, 60)}": ${why}`);
    if (el === "cmi.suspend_data" && v.length > 4096)
      bad(`CMIString4096 holds at most 4096 characters, got ${v.length}`);
    if (el === "cmi.core.lesson_location" && v.length > 255) bad("CMIString255 overflow");
    if (el === "cmi.core.exit" && !["time-out", "suspend", "logout", ""].includes(v))
      bad("not a cmi.core.exit vocabulary value");
    if (
      el === "cmi.core.lesson_status" &&
      !["passed", "completed", "failed", "incomplete", "browsed"].includes(v)
    )
      bad("not a status a SCO may set");
    if (el === "cmi.core.session_time" && !TIMESPAN_12.test(v)) bad("not a CMITimespan");
    if (
      /^cmi\.core\.score\.(raw|min|max)$/.test(el) &&
      !(DECIMAL.test(v) && Number(v) >= 0 && Number(v) <= 100)
    )
      bad("not a CMIDecimal from 0 to 100");
    const m = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(el);
    if (m) {
      const [, n = "", field = ""] = m;
      if (field !== "id" && !idsSet.has(n)) bad("set before the interaction's id");
      if (field === "id") {
        idsSet.add(n);
        if (!IDENTIFIER_12.test(v)) bad("CMIIdentifier: no whitespace, 1 to 255 characters");
      }
      if (field === "type") types.set(n, v);
      if (/^objectives\.\d+\.id$/.test(field) && !IDENTIFIER_12.test(v))
        bad("CMIIdentifier: no whitespace, 1 to 255 characters");
      if (field === "time" && !TIME_12.test(v)) bad("not a CMITime");
      if (field === "latency" && !TIMESPAN_12.test(v)) bad("not a CMITimespan");
      if (
        field === "result" &&
        !["correct", "wrong", "unanticipated", "neutral"].includes(v) &&
        !DECIMAL.test(v)
      )
        bad("not a result vocabulary value");
      if (field === "student_response" || /^correct_responses\.\d+\.pattern$/.test(field)) {
        const type = types.get(n);
        if (v.length > 255) bad("CMIFeedback holds at most 255 characters");
        if (type === "choice" && !/^(?:[0-9a-z](?:,[0-9a-z])*|\{[0-9a-z](?:,[0-9a-z])*\})$/.test(v))
          bad("a choice response is single characters [0-9a-z] separated by commas");
        if (type === "likert" && !/^[0-9a-z]?$/.test(v)) bad("a likert response is one character");
        if (!type) bad("response set before the interaction's type");
      }
    }
  }
  return out;
}

function strict2004(calls: readonly RecordedCall[]): string[] {
  const out = lifecycle(calls, "Initialize", "Terminate", "SetValue", "Commit");
  const ids = new Set<string>();
  const types = new Map<string, string>();
  const objectiveIds = new Map<string, string>();
  for (const c of calls.filter((x) => x.fn === "SetValue")) {
    const [el = "", v = ""] = c.args;
    const bad = (why: string) => out.push(`${el} = "${v.slice(0, 60)}": ${why}`);
    if (["cmi.learner_id", "cmi.learner_name", "cmi.entry", "cmi.credit", "cmi.mode"].includes(el))
      bad("read-only for a SCO");
    if (el === "cmi.suspend_data" && v.length > 64000) bad("SPM 64000");
    if (el === "cmi.location" && v.length > 1000) bad("SPM 1000");
    if (el === "cmi.exit" && !["time-out", "suspend", "logout", "normal", ""].includes(v))
      bad("not a cmi.exit value");
    if (
      el === "cmi.completion_status" &&
      !["completed", "incomplete", "not attempted", "unknown"].includes(v)
    )
      bad("vocabulary");
    if (el === "cmi.success_status" && !["passed", "failed", "unknown"].includes(v))
      bad("vocabulary");
    if (el === "cmi.session_time" && !ISO_DURATION.test(v)) bad("not an ISO 8601 duration");
    if (
      (el === "cmi.score.scaled" || el === "cmi.progress_measure") &&
      !(Number(v) >= (el === "cmi.score.scaled" ? -1 : 0) && Number(v) <= 1)
    )
      bad("out of range");
    const o = /^cmi\.objectives\.(\d+)\.(.+)$/.exec(el);
    if (o) {
      const [, n = "", field = ""] = o;
      if (field === "id") {
        if ([...objectiveIds.entries()].some(([k, id]) => id === v && k !== n))
          bad("objective ids must be unique");
        objectiveIds.set(n, v);
      } else if (!objectiveIds.has(n)) bad("set before the objective's id (error 408)");
      if (field === "description" && v.length > 250) bad("SPM 250");
    }
    const m = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(el);
    if (m) {
      const [, n = "", field = ""] = m;
      if (field === "id") ids.add(n);
      else if (!ids.has(n)) bad("set before the interaction's id (error 408)");
      if (field === "type") types.set(n, v);
      if (
        (field === "learner_response" || /^correct_responses\.\d+\.pattern$/.test(field)) &&
        !types.has(n)
      )
        bad("set before the interaction's type (error 408)");
      if (field === "description" && v.length > 250) bad("SPM 250");
      if (field === "latency" && !ISO_DURATION.test(v)) bad("not an ISO 8601 duration");
      if (
        field === "result" &&
        !["correct", "incorrect", "unanticipated", "neutral"].includes(v) &&
        !DECIMAL.test(v)
      )
        bad("vocabulary");
      if (
        field === "learner_response" &&
        types.get(n) === "choice" &&
        !v.split("[,]").every((id) => SHORT_ID.test(id))
      )
        bad("a choice response is short identifiers joined by [,]");
    }
  }
  return out;
}
