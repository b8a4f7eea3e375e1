import type { DebriefRecord, ReflectionAnswer } from "../../core";
import type {
  Tracker,
  TrackerChoice,
  TrackerFactory,
  TrackerStartInfo,
  TrackerStartResult,
} from "../tracker";
import { type DecisionKeys, readDecisionKeys } from "./scorm12-choice-keys";
import { isoDuration } from "./scorm2004-iso-duration";
import { normalizeEndpoint, parseActor } from "./xapi-launch";
import { type LrsConnection, StatementQueue } from "./xapi-queue";
import { getState, StateWriter } from "./xapi-state";
import { StatementFactory } from "./xapi-statement-factory";

export interface XapiTrackerConfig {
  /** The activity id when the launch does not give one (tincan.xml's id). */
  activityId: string;
  /** IRI base for the package's extension keys. */
  extensionBase: string;
  decisions: DecisionKeys;
}

/** The run is kept in an AU-owned State API document, so a relaunch resumes. */
export const RUN_STATE_ID = "forkline.run";

export function readXapiConfig(value: unknown): XapiTrackerConfig {
  const v = (value ?? {}) as Partial<XapiTrackerConfig>;
  return {
    activityId: typeof v.activityId === "string" ? v.activityId : "",
    extensionBase: typeof v.extensionBase === "string" ? v.extensionBase : "",
    decisions: readDecisionKeys(v.decisions),
  };
}

/**
 * Reports a run to an LRS as a TinCan (xAPI) launch: endpoint, auth, actor,
 * registration and activity_id come from the launch URL's query string.
 */
export function createXapiTracker(configValue: unknown, win: Window = window): Tracker {
  const config = readXapiConfig(configValue);
  let factory: StatementFactory | null = null;
  let queue: StatementQueue | null = null;
  let state: StateWriter | null = null;
  let started = 0;
  let ended = false;
  let finished = false;
  let lastProgress = -1;

  const send = (s: ReturnType<StatementFactory["make"]>) => queue?.enqueue(s);

  const tracker: Tracker = {
    async start(info: TrackerStartInfo): Promise<TrackerStartResult> {
      started = Date.now();
      const q = new URLSearchParams(win.location.search);
      const endpoint = q.get("endpoint");
      const actor = parseActor(q.get("actor"));
      if (!endpoint || !actor) {
        console.warn("No xAPI launch parameters (endpoint, actor): the run will not be reported.");
        return { resume: null };
      }
      const conn: LrsConnection = {
        endpoint: normalizeEndpoint(endpoint),
        auth: q.get("auth") ?? "",
      };
      const activityId = q.get("activity_id") || config.activityId;
      const registration = q.get("registration");
      factory = new StatementFactory({
        actor,
        activityId,
        registration,
        language: info.language,
        title: info.title,
        extensionBase: config.extensionBase || `${activityId}/extensions`,
      });
      queue = new StatementQueue(
        conn,
        `forkline.xapi:${conn.endpoint}:${activityId}:${registration ?? ""}`,
        win,
      );
      const address = { activityId, agent: actor, registration, stateId: RUN_STATE_ID };
      state = new StateWriter(conn, address);
      const saved = await getState<{ state?: string }>(conn, address);
      const resume = typeof saved?.state === "string" && saved.state ? saved.state : null;
      send(factory.make("initialized", factory.scenario()));
      if (resume) send(factory.make("resumed", factory.scenario()));
      return { resume, learnerName: actor.name ?? "" };
    },

    step(info) {
      if (!factory) return;
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
      if (percent > lastProgress && !ended) {
        lastProgress = percent;
        send(
          factory.make("progressed", factory.scenario(), {
            result: { extensions: { [factory.ext("progress")]: percent } },
          }),
        );
      }
    },

    choice(c: TrackerChoice) {
      if (!factory) return;
      const object = factory.decision(c, config.decisions.strong[c.nodeId] ?? []);
      send(
        factory.make("answered", object, {
          result: factory.answerResult(c, isoDuration(c.ms)),
          parent: true,
        }),
      );
    },

    reflection(answer: ReflectionAnswer & { prompt: string }) {
      if (!factory) return;
      const kind = answer.kind === "text" ? "long-fill-in" : "likert";
      send(
        factory.make(
          "answered",
          {
            objectType: "Activity",
            id: factory.sub("reflections", answer.nodeId),
            definition: {
              description: factory.lang(answer.prompt),
              type: "http://adlnet.gov/expapi/activities/cmi.interaction",
              interactionType: kind,
            },
          },
          {
            result: {
              response: String(answer.value),
              duration: isoDuration(answer.ms),
              extensions: { [factory.ext("reflectionPhase")]: answer.phase },
            },
            parent: true,
          },
        ),
      );
    },

    end(record: DebriefRecord) {
      if (!factory) return;
      ended = true;
      const duration = isoDuration(Date.now() - started);
      const scaled = Math.round(Math.min(1, Math.max(0, record.scaled)) * 10000) / 10000;
      const score = { scaled, raw: Math.round(scaled * 10000) / 100, min: 0, max: 100 };
      if (record.completion === "completed") {
        send(
          factory.make("completed", factory.scenario(), {
            result: { completion: true, duration, score },
          }),
        );
      }
      if (record.success !== "unknown") {
        const passed = record.success === "passed";
        send(
          factory.make(passed ? "passed" : "failed", factory.scenario(), {
            result: {
              success: passed,
              duration,
              score,
              completion: record.completion === "completed",
            },
          }),
        );
      }
    },

    suspend(serialized: string, location: string) {
      void state?.write({ state: serialized, location });
    },

    async terminate() {
      if (!factory || finished) return;
      finished = true;
      const duration = isoDuration(Date.now() - started);
      if (!ended) send(factory.make("suspended", factory.scenario(), { result: { duration } }));
      send(factory.make("terminated", factory.scenario(), { result: { duration } }));
      state?.writeOnExit();
      queue?.flushOnExit();
      await Promise.race([queue?.flush(), new Promise((r) => win.setTimeout(r, 2000))]);
    },
  };
  return tracker;
}

/** The bundle's entry: options are the `tracker` object of the page's config. */
export const createTracker: TrackerFactory = (options) => createXapiTracker(options);
