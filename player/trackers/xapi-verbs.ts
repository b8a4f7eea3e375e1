/** ADL verbs (xAPI vocabulary), with their English display. */
export const VERBS = {
  initialized: "http://adlnet.gov/expapi/verbs/initialized",
  experienced: "http://adlnet.gov/expapi/verbs/experienced",
  answered: "http://adlnet.gov/expapi/verbs/answered",
  progressed: "http://adlnet.gov/expapi/verbs/progressed",
  completed: "http://adlnet.gov/expapi/verbs/completed",
  passed: "http://adlnet.gov/expapi/verbs/passed",
  failed: "http://adlnet.gov/expapi/verbs/failed",
  suspended: "http://adlnet.gov/expapi/verbs/suspended",
  resumed: "http://adlnet.gov/expapi/verbs/resumed",
  terminated: "http://adlnet.gov/expapi/verbs/terminated",
} as const;

export type VerbName = keyof typeof VERBS;

export function verb(name: VerbName): { id: string; display: Record<string, string> } {
  return { id: VERBS[name], display: { "en-US": name } };
}

export const ACTIVITY_TYPES = {
  simulation: "http://adlnet.gov/expapi/activities/simulation",
  interaction: "http://adlnet.gov/expapi/activities/cmi.interaction",
  module: "http://adlnet.gov/expapi/activities/module",
} as const;
