import type { TrackerChoice } from "../tracker";
import type { XapiActivity, XapiAgent, XapiContext, XapiResult, XapiStatement } from "./xapi-types";
import { uuid4 } from "./xapi-uuid";
import { ACTIVITY_TYPES, type VerbName, verb } from "./xapi-verbs";

export interface StatementSession {
  actor: XapiAgent;
  /** The launched activity: the scenario. */
  activityId: string;
  registration: string | null;
  language: string;
  title: string;
  /** IRI under which this package's result and context extension keys live. */
  extensionBase: string;
  /** A context every statement starts from (cmi5's contextTemplate); it wins on conflicts. */
  template?: XapiContext;
}

/** Keys of the extensions the trackers write, under the package's extension base. */
export const EXTENSIONS = {
  skillsPractised: "skills-practised",
  skillsMissed: "skills-missed",
  mood: "mood",
  quality: "quality",
  points: "points",
  timedOut: "timed-out",
  progress: "progress",
  reflectionPhase: "reflection-phase",
} as const;

type ContextActivities = NonNullable<XapiContext["contextActivities"]>;

/** Our context first, the template merged over it: its values win, lists are joined without duplicates. */
export function mergeContext(ours: XapiContext, template: XapiContext | undefined): XapiContext {
  if (!template) return ours;
  const merged: XapiContext = { ...ours, ...template };
  const acts: ContextActivities = { ...(ours.contextActivities ?? {}) };
  for (const [key, list] of Object.entries(template.contextActivities ?? {})) {
    const k = key as keyof ContextActivities;
    const joined = [...(acts[k] ?? []), ...(list ?? [])];
    acts[k] = joined.filter((a, i) => joined.findIndex((b) => b.id === a.id) === i);
  }
  if (Object.keys(acts).length > 0) merged.contextActivities = acts;
  if (ours.extensions || template.extensions) {
    merged.extensions = { ...(ours.extensions ?? {}), ...(template.extensions ?? {}) };
  }
  return merged;
}

export class StatementFactory {
  private last = 0;

  constructor(readonly session: StatementSession) {}

  ext(key: keyof typeof EXTENSIONS): string {
    return `${this.session.extensionBase.replace(/\/+$/, "")}/${EXTENSIONS[key]}`;
  }

  lang(text: string): Record<string, string> {
    return { [this.session.language]: text };
  }

  scenario(): XapiActivity {
    return {
      objectType: "Activity",
      id: this.session.activityId,
      definition: { name: this.lang(this.session.title), type: ACTIVITY_TYPES.simulation },
    };
  }

  sub(kind: "scenes" | "decisions" | "reflections", nodeId: string): string {
    return `${this.session.activityId.replace(/\/+$/, "")}/${kind}/${encodeURIComponent(nodeId)}`;
  }

  decision(c: TrackerChoice, strong: readonly string[]): XapiActivity {
    const definition: NonNullable<XapiActivity["definition"]> = {
      name: this.lang(c.prompt.slice(0, 200) || c.nodeId),
      description: this.lang(c.prompt),
      type: ACTIVITY_TYPES.interaction,
      interactionType: "choice",
      choices: c.choices.map((o) => ({ id: o.id, description: this.lang(o.text) })),
    };
    const visibleStrong = strong.filter((id) => c.choices.some((o) => o.id === id));
    if (visibleStrong.length > 0) definition.correctResponsesPattern = visibleStrong;
    return { objectType: "Activity", id: this.sub("decisions", c.nodeId), definition };
  }

  /** A statement with a fresh id and a timestamp strictly after the previous one, so order survives sorting. */
  make(
    name: VerbName,
    object: XapiActivity,
    options: { result?: XapiResult; context?: XapiContext; parent?: boolean } = {},
  ): XapiStatement {
    const now = Math.max(Date.now(), this.last + 1);
    this.last = now;
    const ours: XapiContext = { language: this.session.language, ...(options.context ?? {}) };
    if (this.session.registration) ours.registration = this.session.registration;
    if (options.parent) {
      ours.contextActivities = {
        ...(ours.contextActivities ?? {}),
        parent: [{ id: this.session.activityId, objectType: "Activity" }],
      };
    }
    const statement: XapiStatement = {
      id: uuid4(),
      actor: this.session.actor,
      verb: verb(name),
      object,
      context: mergeContext(ours, this.session.template),
      timestamp: new Date(now).toISOString(),
    };
    if (options.result && Object.keys(options.result).length > 0) statement.result = options.result;
    return statement;
  }

  /** The result of an answered decision: response, success by quality, points and IRI-keyed extensions. */
  answerResult(c: TrackerChoice, durationIso: string): XapiResult {
    const result: XapiResult = { response: c.optionId ?? "", duration: durationIso };
    if (c.quality === "strong") result.success = true;
    if (c.quality === "weak") result.success = false;
    const raw = Object.values(c.points).reduce((a, b) => a + b, 0);
    if (Number.isFinite(raw)) result.score = { raw };
    const extensions: Record<string, unknown> = {
      [this.ext("quality")]: c.quality,
      [this.ext("skillsPractised")]: [...c.skillsPractised],
      [this.ext("skillsMissed")]: [...c.skillsMissed],
      [this.ext("points")]: { ...c.points },
      [this.ext("timedOut")]: c.timedOut,
    };
    if (c.mood !== null) extensions[this.ext("mood")] = c.mood;
    result.extensions = extensions;
    return result;
  }
}
