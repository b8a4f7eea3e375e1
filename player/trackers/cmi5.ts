import type { DebriefRecord, ReflectionAnswer } from "../../core";
import type {
  Tracker,
  TrackerChoice,
  TrackerFactory,
  TrackerStartInfo,
  TrackerStartResult,
} from "../tracker";
import {
  type Cmi5LaunchData,
  fetchAuthToken,
  getLearnerPreferences,
  readLaunchData,
} from "./cmi5-launch";
import { type DecisionKeys, readDecisionKeys } from "./scorm12-choice-keys";
import { isoDuration } from "./scorm2004-iso-duration";
import { normalizeEndpoint, parseActor } from "./xapi-launch";
import { type LrsConnection, StatementQueue } from "./xapi-queue";
import { getState, StateWriter } from "./xapi-state";
import { StatementFactory } from "./xapi-statement-factory";
import type { XapiResult, XapiStatement } from "./xapi-types";

export interface Cmi5TrackerConfig {
  extensionBase: string;
  decisions: DecisionKeys;
}

const CMI5_CATEGORY = {
  id: "https://w3id.org/xapi/cmi5/context/categories/cmi5",
  objectType: "Activity" as const,
};
const MOVEON_CATEGORY = {
  id: "https://w3id.org/xapi/cmi5/context/categories/moveon",
  objectType: "Activity" as const,
};
const MASTERY_EXT = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
const PROGRESS_EXT = "https://w3id.org/xapi/cmi5/result/extensions/progress";
/** AU-owned state: the run to resume, and what this registration already recorded. */
const RUN_STATE_ID = "forkline.run";

interface RunDocument {
  state?: string;
  location?: string;
  completed?: boolean;
  passed?: boolean;
}

export function readCmi5Config(value: unknown): Cmi5TrackerConfig {
  const v = (value ?? {}) as Partial<Cmi5TrackerConfig>;
  return {
    extensionBase: typeof v.extensionBase === "string" ? v.extensionBase : "",
    decisions: readDecisionKeys(v.decisions),
  };
}

/**
 * A cmi5 Assignable Unit: the launch sequence of cmi5 section 8 (fetch URL once,
 * LMS.LaunchData, learner preferences), cmi5-defined statements in their order
 * (initialized, completed, passed or failed, terminated) and "cmi5 allowed"
 * statements for what happens in between, all with the LMS's context template.
 */
export function createCmi5Tracker(configValue: unknown, win: Window = window): Tracker {
  const config = readCmi5Config(configValue);
  let factory: StatementFactory | null = null;
  let queue: StatementQueue | null = null;
  let runState: StateWriter | null = null;
  let launch: Cmi5LaunchData | null = null;
  let doc: RunDocument = {};
  let started = 0;
  let finished = false;
  let judged = false;
  let lastProgress = -1;

  const normal = () => launch?.launchMode === "Normal";
  const send = (s: XapiStatement) => queue?.enqueue(s);
  const defined = (
    name: "initialized" | "completed" | "passed" | "failed" | "terminated",
    result?: XapiResult,
    extensions?: Record<string, unknown>,
  ): XapiStatement => {
    const moveOn = result && (result.success !== undefined || result.completion !== undefined);
    return factory!.make(
      name,
      { objectType: "Activity", id: factory!.session.activityId },
      {
        ...(result ? { result } : {}),
        context: {
          contextActivities: {
            category: moveOn ? [CMI5_CATEGORY, MOVEON_CATEGORY] : [CMI5_CATEGORY],
          },
          ...(extensions ? { extensions } : {}),
        },
      },
    );
  };
  const saveDoc = (patch: RunDocument) => {
    doc = { ...doc, ...patch };
    void runState?.write(doc);
  };

  const tracker: Tracker = {
    async start(info: TrackerStartInfo): Promise<TrackerStartResult> {
      started = Date.now();
      const q = new URLSearchParams(win.location.search);
      const endpoint = q.get("endpoint");
      const fetchUrl = q.get("fetch");
      const actor = parseActor(q.get("actor"));
      const registration = q.get("registration");
      const activityId = q.get("activityId");
      if (!endpoint || !fetchUrl || !actor || !registration || !activityId) {
        console.warn("Missing cmi5 launch parameters: the run will not be reported.");
        return { resume: null };
      }
      const token = await fetchAuthToken(win, fetchUrl);
      if (!token) {
        console.warn("The cmi5 fetch URL gave no auth token: the run will not be reported.");
        return { resume: null };
      }
      const conn: LrsConnection = { endpoint: normalizeEndpoint(endpoint), auth: `Basic ${token}` };
      const agent = actor;
      launch = readLaunchData(
        await getState(conn, { activityId, agent, registration, stateId: "LMS.LaunchData" }),
      );
      if (!launch) {
        console.warn("No LMS.LaunchData: the run will not be reported.");
        return { resume: null };
      }
      const prefs = await getLearnerPreferences(conn, agent);
      const language = prefs?.languagePreference?.split(",")[0]?.trim() || info.language;
      factory = new StatementFactory({
        actor,
        activityId,
        registration,
        language: /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language) ? language : info.language,
        title: info.title,
        extensionBase: config.extensionBase || `${activityId}/extensions`,
        template: launch.contextTemplate,
      });
      // Keyed by registration, so statements a closed tab left behind go out with the next session.
      queue = new StatementQueue(conn, `forkline.cmi5:${conn.endpoint}:${registration}`, win);
      const address = { activityId, agent, registration, stateId: RUN_STATE_ID };
      runState = new StateWriter(conn, address);
      doc = (await getState<RunDocument>(conn, address)) ?? {};
      send(defined("initialized"));
      // Browse and Review launches record nothing of the run, and do not resume one.
      const resume = normal() && typeof doc.state === "string" && doc.state ? doc.state : null;
      return { resume, learnerName: actor.name ?? "" };
    },

    step(info) {
      if (!factory || !normal()) return;
      if (info.kind === "scene") {
        send(
          factory.make(
            "experienced",
            { objectType: "Activity", id: factory.sub("scenes", info.nodeId) },
            { parent: true },
          ),
        );
      }
      const percent = Math.round(Math.min(1, Math.max(0, info.progress)) * 100);
      // cmi5 9.6.2.1: no progress once completed.
      if (percent > lastProgress && percent < 100 && !doc.completed && !judged) {
        lastProgress = percent;
        send(
          factory.make("progressed", factory.scenario(), {
            result: { extensions: { [PROGRESS_EXT]: percent } },
          }),
        );
      }
    },

    choice(c: TrackerChoice) {
      if (!factory || !normal()) return;
      const object = factory.decision(c, config.decisions.strong[c.nodeId] ?? []);
      send(
        factory.make("answered", object, {
          result: factory.answerResult(c, isoDuration(c.ms)),
          parent: true,
        }),
      );
    },

    reflection(answer: ReflectionAnswer & { prompt: string }) {
      if (!factory || !normal()) return;
      send(
        factory.make(
          "answered",
          {
            objectType: "Activity",
            id: factory.sub("reflections", answer.nodeId),
            definition: {
              description: factory.lang(answer.prompt),
              type: "http://adlnet.gov/expapi/activities/cmi.interaction",
              interactionType: answer.kind === "text" ? "long-fill-in" : "likert",
            },
          },
          {
            result: { response: String(answer.value), duration: isoDuration(answer.ms) },
            parent: true,
          },
        ),
      );
    },

    end(record: DebriefRecord) {
      if (!factory || !normal()) return;
      const duration = isoDuration(Date.now() - started);
      if (record.completion === "completed" && !doc.completed) {
        send(defined("completed", { completion: true, duration }));
        saveDoc({ completed: true });
      }
      // One judgement per session (cmi5 9.3: never both passed and failed), none after a pass.
      if (judged || doc.passed) return;
      const scaled = Math.round(Math.min(1, Math.max(0, record.scaled)) * 10000) / 10000;
      const mastery = launch?.masteryScore;
      let success: boolean | null =
        record.success === "unknown" ? null : record.success === "passed";
      if (mastery !== undefined && record.completion === "completed") success = scaled >= mastery;
      if (success === null) return;
      judged = true;
      const extensions = mastery !== undefined ? { [MASTERY_EXT]: mastery } : undefined;
      send(
        defined(
          success ? "passed" : "failed",
          { success, duration, score: { scaled } },
          extensions,
        ),
      );
      if (success) saveDoc({ passed: true });
    },

    suspend(serialized: string, location: string) {
      if (!normal()) return;
      saveDoc({ state: serialized, location });
    },

    async terminate() {
      if (!factory || finished) return;
      finished = true;
      send(defined("terminated", { duration: isoDuration(Date.now() - started) }));
      runState?.writeOnExit();
      queue?.flushOnExit();
      await Promise.race([queue?.flush(), new Promise((r) => win.setTimeout(r, 2000))]);
    },
  };
  return tracker;
}

/** The bundle's entry: options are the `tracker` object of the page's config. */
export const createTracker: TrackerFactory = (options) => createCmi5Tracker(options);
