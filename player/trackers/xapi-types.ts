/** The parts of xAPI 1.0.3 statements the trackers write. */
export type LanguageMap = Record<string, string>;

export interface XapiAgent {
  objectType?: "Agent";
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: { homePage: string; name: string };
}

export interface XapiActivity {
  objectType: "Activity";
  id: string;
  definition?: {
    name?: LanguageMap;
    description?: LanguageMap;
    type?: string;
    interactionType?: string;
    choices?: { id: string; description: LanguageMap }[];
    scale?: { id: string; description: LanguageMap }[];
    correctResponsesPattern?: string[];
  };
}

export interface XapiContext {
  registration?: string;
  language?: string;
  contextActivities?: {
    parent?: { id: string; objectType?: "Activity" }[];
    grouping?: { id: string; objectType?: "Activity" }[];
    category?: { id: string; objectType?: "Activity" }[];
    other?: { id: string; objectType?: "Activity" }[];
  };
  extensions?: Record<string, unknown>;
}

export interface XapiResult {
  score?: { scaled?: number; raw?: number; min?: number; max?: number };
  success?: boolean;
  completion?: boolean;
  response?: string;
  duration?: string;
  extensions?: Record<string, unknown>;
}

export interface XapiStatement {
  id: string;
  actor: XapiAgent;
  verb: { id: string; display: LanguageMap };
  object: XapiActivity;
  result?: XapiResult;
  context?: XapiContext;
  timestamp: string;
}
