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
import { isoDuration, scormTimestamp } from "./scorm2004-iso-duration";

/** The SCORM 2004 run-time API an LMS exposes as `window.API_1484_11`. */
export interface Scorm2004Api {
  Initialize(arg: ""): string;
  Terminate(arg: ""): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ""): string;
  GetLastError(): string;
}

export interface Scorm2004TrackerConfig {
  commit: "answer" | "suspend" | "end";
  /** 0..1; used when the LMS gives no cmi.scaled_passing_score. */
  scaledPassingScore: number | null;
  /** With an `each` passing rule, the ratio every dimension objective must reach; null leaves their success unknown. */
  dimensionThreshold: number | null;
  decisions: DecisionKeys;
}

/** SPMs of the 4th Edition data model (RTE 4.2). */
const SUSPEND_LIMIT = 64000;
const LOCATION_LIMIT = 1000;
const DESCRIPTION_LIMIT = 250;
const RESPONSE_LIMIT = 4000;

export function readScorm2004Config(value: unknown): Scorm2004TrackerConfig {
  const v = (value ?? {}) as Partial<Scorm2004TrackerConfig>;
  return {
    commit: v.commit === "suspend" || v.commit === "end" ? v.commit : "answer",
    scaledPassingScore: typeof v.scaledPassingScore === "number" ? v.scaledPassingScore : null,
    dimensionThreshold: typeof v.dimensionThreshold === "number" ? v.dimensionThreshold : null,
    decisions: readDecisionKeys(v.decisions),
  };
}

/** real(10,7): at most seven decimals, never exponent notation. */
const real7 = (n: number) => String(Math.round(n * 1e7) / 1e7);

/** Reports a run to a SCORM 2004 4th Edition LMS. */
export function createScorm2004Tracker(configValue: unknown, win: Window = window): Tracker {
  const config = readScorm2004Config(configValue);
  let api: Scorm2004Api | null = null;
  let started = 0;
  let interactionIndex = 0;
  let ended = false;
  let finished = false;
  let passingScore: number | null = null;
  const objectiveIndex = new Map<string, number>();

  // Nothing reaches the LMS after the session is finished (it would answer 101/133/143).
  const set = (element: string, value: string): void => {
    if (!api || finished) return;
    try {
      if (api.SetValue(element, value) !== "true") {
        console.warn(`SetValue(${element}) failed: error ${api.GetLastError()}`);
      }
    } catch (error) {
      console.warn(`SetValue(${element}) threw`, error);
    }
  };
  const get = (element: string): string => {
    try {
      return api ? String(api.GetValue(element) ?? "") : "";
    } catch {
      return "";
    }
  };
  const commit = (): void => {
    if (finished) return;
    try {
      api?.Commit("");
    } catch (error) {
      console.warn("Commit threw", error);
    }
  };
  /** An objective's index, reusing one the LMS already holds (ids must stay unique). */
  const objective = (id: string): { n: number; isNew: boolean } => {
    const known = objectiveIndex.get(id);
    if (known !== undefined) return { n: known, isNew: false };
    const n = objectiveIndex.size;
    objectiveIndex.set(id, n);
    return { n, isNew: true };
  };

  const tracker: Tracker = {
    async start(_info: TrackerStartInfo): Promise<TrackerStartResult> {
      api = findLmsApi<Scorm2004Api>(win, "API_1484_11");
      started = Date.now();
      if (!api) {
        console.warn("No SCORM 2004 API found: the run will not be reported.");
        return { resume: null };
      }
      if (String(api.Initialize("")) !== "true") {
        console.warn(`Initialize failed: error ${api.GetLastError()}`);
        api = null;
        return { resume: null };
      }
      const completion = get("cmi.completion_status");
      if (completion === "unknown" || completion === "not attempted" || completion === "") {
        set("cmi.completion_status", "incomplete");
      }
      set("cmi.exit", "suspend");
      const sps = Number.parseFloat(get("cmi.scaled_passing_score"));
      passingScore = Number.isFinite(sps) ? sps : config.scaledPassingScore;
      const interactions = Number.parseInt(get("cmi.interactions._count"), 10);
      interactionIndex = Number.isFinite(interactions) ? interactions : 0;
      const objectives = Number.parseInt(get("cmi.objectives._count"), 10);
      for (let i = 0; i < (Number.isFinite(objectives) ? objectives : 0); i++) {
        objectiveIndex.set(get(`cmi.objectives.${i}.id`), i);
      }
      const resume = get("cmi.entry") === "resume" ? get("cmi.suspend_data") || null : null;
      const name = get("cmi.learner_name");
      const learnerName = name.includes(",") ? name.split(",").reverse().join(" ").trim() : name;
      return learnerName ? { resume, learnerName } : { resume };
    },

    step(info) {
      set("cmi.location", info.location.slice(0, LOCATION_LIMIT));
      if (!ended) set("cmi.progress_measure", real7(Math.min(1, Math.max(0, info.progress))));
    },

    choice(c: TrackerChoice) {
      const n = `cmi.interactions.${interactionIndex++}`;
      // id first, then type: every other field depends on them (RTE 4.2.9, error 408).
      set(`${n}.id`, c.nodeId);
      set(`${n}.type`, "choice");
      const skills = [...new Set([...c.skillsPractised, ...c.skillsMissed])];
      skills.forEach((skill, i) => {
        set(`${n}.objectives.${i}.id`, skill);
      });
      set(`${n}.timestamp`, scormTimestamp(new Date()));
      (config.decisions.strong[c.nodeId] ?? []).forEach((optionId, i) => {
        set(`${n}.correct_responses.${i}.pattern`, optionId);
      });
      if (c.optionId) set(`${n}.learner_response`, c.optionId);
      set(`${n}.result`, resultFor(c.quality, "incorrect"));
      set(`${n}.latency`, isoDuration(c.ms));
      set(`${n}.description`, c.prompt.replace(/\s+/g, " ").trim().slice(0, DESCRIPTION_LIMIT));
      if (config.commit === "answer") commit();
    },

    reflection(answer: ReflectionAnswer & { prompt: string }) {
      const n = `cmi.interactions.${interactionIndex++}`;
      set(`${n}.id`, answer.nodeId);
      if (typeof answer.value === "number") {
        set(`${n}.type`, "likert");
        set(`${n}.learner_response`, `scale-${answer.value}`);
      } else {
        set(`${n}.type`, "long-fill-in");
        set(`${n}.learner_response`, answer.value.slice(0, RESPONSE_LIMIT));
      }
      set(`${n}.timestamp`, scormTimestamp(new Date()));
      set(`${n}.result`, "neutral");
      set(`${n}.latency`, isoDuration(answer.ms));
      set(
        `${n}.description`,
        answer.prompt.replace(/\s+/g, " ").trim().slice(0, DESCRIPTION_LIMIT),
      );
    },

    end(record: DebriefRecord) {
      ended = true;
      const scaled = Math.min(1, Math.max(0, record.scaled));
      for (const dim of record.scores) {
        const { n, isNew } = objective(dim.id);
        const o = `cmi.objectives.${n}`;
        if (isNew) set(`${o}.id`, dim.id);
        set(`${o}.score.scaled`, real7(Math.min(1, Math.max(0, dim.ratio))));
        set(`${o}.score.min`, "0");
        set(`${o}.score.max`, real7(dim.maxPoints));
        set(`${o}.score.raw`, real7(Math.min(dim.maxPoints, Math.max(0, dim.points))));
        if (config.dimensionThreshold !== null) {
          set(`${o}.success_status`, dim.ratio >= config.dimensionThreshold ? "passed" : "failed");
        }
        set(`${o}.completion_status`, "completed");
        set(`${o}.description`, dim.label.slice(0, DESCRIPTION_LIMIT));
      }
      set("cmi.score.scaled", real7(scaled));
      set("cmi.score.min", "0");
      set("cmi.score.max", "100");
      set("cmi.score.raw", real7(scaled * 100));
      const completed = record.completion === "completed";
      set("cmi.completion_status", completed ? "completed" : "incomplete");
      if (completed) set("cmi.progress_measure", "1");
      set("cmi.success_status", successStatus(record, scaled, passingScore));
      commit();
    },

    suspend(state: string, location: string) {
      if (state.length <= SUSPEND_LIMIT) set("cmi.suspend_data", state);
      else
        console.warn(
          `suspend data of ${state.length} characters exceeds SCORM 2004's ${SUSPEND_LIMIT}; not saved`,
        );
      set("cmi.location", location.slice(0, LOCATION_LIMIT));
      if (config.commit !== "end") commit();
    },

    async terminate() {
      if (!api || finished) return;
      set("cmi.session_time", isoDuration(Date.now() - started));
      set("cmi.exit", ended ? "normal" : "suspend");
      commit();
      finished = true;
      try {
        api.Terminate("");
      } catch (error) {
        console.warn("Terminate threw", error);
      }
    },
  };
  return tracker;
}

function successStatus(record: DebriefRecord, scaled: number, passing: number | null): string {
  if (record.completion === "completed" && passing !== null)
    return scaled >= passing ? "passed" : "failed";
  return record.success;
}

/** The bundle's entry: options are the `tracker` object of the page's config. */
export const createTracker: TrackerFactory = (options) => createScorm2004Tracker(options);
