/** IRIs the cmi5 specification defines (cmi5 section 9). */
export const CMI5 = {
  categoryCmi5: "https://w3id.org/xapi/cmi5/context/categories/cmi5",
  categoryMoveOn: "https://w3id.org/xapi/cmi5/context/categories/moveon",
  sessionId: "https://w3id.org/xapi/cmi5/context/extensions/sessionid",
  masteryScore: "https://w3id.org/xapi/cmi5/context/extensions/masteryscore",
  launchMode: "https://w3id.org/xapi/cmi5/context/extensions/launchmode",
  progress: "https://w3id.org/xapi/cmi5/result/extensions/progress",
  verbs: {
    launched: "http://adlnet.gov/expapi/verbs/launched",
    initialized: "http://adlnet.gov/expapi/verbs/initialized",
    completed: "http://adlnet.gov/expapi/verbs/completed",
    passed: "http://adlnet.gov/expapi/verbs/passed",
    failed: "http://adlnet.gov/expapi/verbs/failed",
    abandoned: "https://w3id.org/xapi/adl/verbs/abandoned",
    waived: "https://w3id.org/xapi/adl/verbs/waived",
    terminated: "http://adlnet.gov/expapi/verbs/terminated",
    satisfied: "https://w3id.org/xapi/adl/verbs/satisfied",
  },
} as const;

/** The subset of an xAPI statement the cmi5 rules read. */
export interface XapiStatementLike {
  id?: string;
  actor?: { objectType?: string; account?: { homePage?: string; name?: string }; mbox?: string };
  verb?: { id?: string };
  object?: { id?: string; objectType?: string };
  result?: {
    score?: { scaled?: number; raw?: number; min?: number; max?: number };
    success?: boolean;
    completion?: boolean;
    duration?: string;
    response?: string;
    extensions?: Record<string, unknown>;
  };
  context?: {
    registration?: string;
    contextActivities?: {
      category?: { id?: string }[];
      grouping?: { id?: string }[];
      parent?: { id?: string }[];
    };
    extensions?: Record<string, unknown>;
  };
  timestamp?: string;
}
