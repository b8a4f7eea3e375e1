import type { DebriefRecord, ReflectionAnswer } from "../../core";
import type {
  Tracker,
  TrackerChoice,
  TrackerFactory,
  TrackerStartInfo,
  TrackerStartResult,
} from "../tracker";
import { type DecisionKeys, readDecisionKeys, resultFor } from "./scorm12-choice-keys";
import { findLmsApi } from "./scorm12-find-api";
import { cmiTime, cmiTimespan } from "./scorm12-timespan";

/** The SCORM 1.2 run-time API an LMS exposes as `window.API`. */
export interface Scorm12Api {
  LMSInitialize(arg: ""): string;
  LMSFinish(arg: ""): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ""): string;
  LMSGetLastError(): string;
}

export interface Scorm12TrackerConfig {
  /** When to call LMSCommit besides the end: after every answer, at suspend points, or only at the end. */
  commit: "answer" | "suspend" | "end";
  /** 0..100; when set (or when the LMS gives cmi.student_data.mastery_score) status follows the score. */
  masteryScore: number | null;
  decisions: DecisionKeys;
}

/** CMIString4096 and CMIString255 (SCORM 1.2 RTE 3.4.2). */
const SUSPEND_LIMIT = 4096;
const STRING255 = 255;

export function readScorm12Config(value: unknown): Scorm12TrackerConfig {
  const v = (value ?? {}) as Partial<Scorm12TrackerConfig>;
  return {
    commit: v.commit === "suspend" || v.commit === "end" ? v.commit : "answer",
    masteryScore: typeof v.masteryScore === "number" ? v.masteryScore : null,
    decisions: readDecisionKeys(v.decisions),
  };
}

/**
 * Reports a run to a SCORM 1.2 LMS. Calls stay within the data model's types
 * and limits even where LMS runtimes are lenient, because the strictest LMS
 * decides whether a package "works".
 */
export function createScorm12Tracker(configValue: unknown, win: Window = window): Tracker {
  const config = readScorm12Config(configValue);
  let api: Scorm12Api | null = null;
  let started = 0;
  let interactionIndex = 0;
  let ended = false;
  let finished = false;
  let lmsMastery: number | null = null;

  // Nothing reaches the LMS after the session is finished (it would answer 101/133/143).
  const set = (element: string, value: string): void => {
    if (!api || finished) return;
    try {
      if (api.LMSSetValue(element, value) !== "true") {
        console.warn(`LMSSetValue(${element}) failed: error ${api.LMSGetLastError()}`);
      }
    } catch (error) {
      console.warn(`LMSSetValue(${element}) threw`, error);
    }
  };
  const get = (element: string): string => {
    try {
      return api ? String(api.LMSGetValue(element) ?? "") : "";
    } catch {
      return "";
    }
  };
  const commit = (): void => {
    if (finished) return;
    try {
      api?.LMSCommit("");
    } catch (error) {
      console.warn("LMSCommit threw", error);
    }
  };

  const tracker: Tracker = {
    async start(_info: TrackerStartInfo): Promise<TrackerStartResult> {
      api = findLmsApi<Scorm12Api>(win, "API");
      started = Date.now();
      if (!api) {
        console.warn("No SCORM 1.2 API found: the run will not be reported.");
        return { resume: null };
      }
      if (String(api.LMSInitialize("")) !== "true") {
        console.warn(`LMSInitialize failed: error ${api.LMSGetLastError()}`);
        api = null;
        return { resume: null };
      }
      const status = get("cmi.core.lesson_status");
      if (status === "not attempted" || status === "") set("cmi.core.lesson_status", "incomplete");
      // Saying "suspend" now keeps the data if the window is closed before terminate runs.
      set("cmi.core.exit", "suspend");
      const mastery = Number.parseFloat(get("cmi.student_data.mastery_score"));
      lmsMastery = Number.isFinite(mastery) ? mastery : config.masteryScore;
      const count = Number.parseInt(get("cmi.interactions._count"), 10);
      interactionIndex = Number.isFinite(count) ? count : 0;
      const resume = get("cmi.core.entry") === "resume" ? get("cmi.suspend_data") || null : null;
      const name = get("cmi.core.student_name");
      const learnerName = name.includes(",") ? name.split(",").reverse().join(" ").trim() : name;
      return learnerName ? { resume, learnerName } : { resume };
    },

    step(info) {
      set("cmi.core.lesson_location", info.location.slice(0, STRING255));
    },

    choice(c: TrackerChoice) {
      const n = `cmi.interactions.${interactionIndex++}`;
      set(`${n}.id`, interactionId(c.nodeId));
      set(`${n}.type`, "choice");
      const skills = [...new Set([...c.skillsPractised, ...c.skillsMissed])];
      skills.forEach((skill, i) => {
        set(`${n}.objectives.${i}.id`, interactionId(skill));
      });
      set(`${n}.time`, cmiTime(new Date()));
      (config.decisions.strong[c.nodeId] ?? []).forEach((optionId, i) => {
        const letter = config.decisions.letters[optionId];
        if (letter) set(`${n}.correct_responses.${i}.pattern`, letter);
      });
      const letter = c.optionId ? config.decisions.letters[c.optionId] : undefined;
      if (letter) set(`${n}.student_response`, letter);
      set(`${n}.result`, resultFor(c.quality, "wrong"));
      set(`${n}.latency`, cmiTimespan(c.ms));
      if (config.commit === "answer") commit();
    },

    reflection(answer: ReflectionAnswer & { prompt: string }) {
      const n = `cmi.interactions.${interactionIndex++}`;
      set(`${n}.id`, interactionId(answer.nodeId));
      if (typeof answer.value === "number" && answer.value >= 0 && answer.value <= 9) {
        set(`${n}.type`, "likert");
        set(`${n}.student_response`, String(answer.value));
      } else {
        set(`${n}.type`, "fill-in");
        set(`${n}.student_response`, String(answer.value).replace(/\s+/g, " ").slice(0, STRING255));
      }
      set(`${n}.time`, cmiTime(new Date()));
      set(`${n}.result`, "neutral");
      set(`${n}.latency`, cmiTimespan(answer.ms));
    },

    end(record: DebriefRecord) {
      ended = true;
      const raw = Math.round(record.scaled * 10000) / 100;
      set("cmi.core.score.min", "0");
      set("cmi.core.score.max", "100");
      set("cmi.core.score.raw", String(raw));
      set("cmi.core.lesson_status", lessonStatus(record, raw, lmsMastery));
      commit();
    },

    suspend(state: string, location: string) {
      if (state.length <= SUSPEND_LIMIT) set("cmi.suspend_data", state);
      else
        console.warn(
          `suspend data of ${state.length} characters exceeds SCORM 1.2's ${SUSPEND_LIMIT}; not saved`,
        );
      set("cmi.core.lesson_location", location.slice(0, STRING255));
      if (config.commit !== "end") commit();
    },

    async terminate() {
      if (!api || finished) return;
      set("cmi.core.session_time", cmiTimespan(Date.now() - started));
      set("cmi.core.exit", ended ? "" : "suspend");
      commit();
      finished = true;
      try {
        api.LMSFinish("");
      } catch (error) {
        console.warn("LMSFinish threw", error);
      }
    },
  };
  return tracker;
}

/** CMIIdentifier: no whitespace, at most 255 characters. */
function interactionId(id: string): string {
  return id.replace(/\s+/g, "_").slice(0, STRING255);
}

function lessonStatus(record: DebriefRecord, raw: number, mastery: number | null): string {
  if (record.completion === "completed" && mastery !== null)
    return raw >= mastery ? "passed" : "failed";
  if (record.success === "passed") return "passed";
  if (record.success === "failed") return "failed";
  return record.completion === "completed" ? "completed" : "incomplete";
}

/** The bundle's entry: options are the `tracker` object of the page's config. */
export const createTracker: TrackerFactory = (options) => createScorm12Tracker(options);
