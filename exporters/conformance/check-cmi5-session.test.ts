import { describe, expect, it } from "vitest";
import { checkCmi5Statements } from "./check-cmi5-session";
import { CMI5, type XapiStatementLike } from "./cmi5-vocabulary";

const AU = "https://example.com/course/au";
const REG = "f2f5a5d2-0d7f-4c2b-9b50-8a4c4f0a1c11";
const SESSION = "5b3e8b6e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
let counter = 0;

function st(
  verb: keyof typeof CMI5.verbs | "answered",
  patch: Partial<XapiStatementLike> = {},
  opts: { defined?: boolean; moveOn?: boolean; session?: string } = {},
): XapiStatementLike {
  counter++;
  const defined = opts.defined ?? verb !== "answered";
  const category = [
    ...(defined ? [{ id: CMI5.categoryCmi5 }] : []),
    ...(opts.moveOn ? [{ id: CMI5.categoryMoveOn }] : []),
  ];
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, "0")}`,
    actor: {
      objectType: "Agent",
      account: { homePage: "https://lms.example.com", name: "learner" },
    },
    verb: {
      id: verb === "answered" ? "http://adlnet.gov/expapi/verbs/answered" : CMI5.verbs[verb],
    },
    object: { id: verb === "answered" ? `${AU}/q1` : AU },
    timestamp: new Date(Date.UTC(2026, 0, 1, 0, 0, counter)).toISOString(),
    context: {
      registration: REG,
      contextActivities: category.length ? { category } : {},
      extensions: { [CMI5.sessionId]: opts.session ?? SESSION },
    },
    ...patch,
  };
}

function goodSession(): XapiStatementLike[] {
  return [
    st("initialized"),
    st("answered", { result: { response: "a", extensions: { [CMI5.progress]: 50 } } }),
    st("completed", { result: { completion: true, duration: "PT1M" } }, { moveOn: true }),
    st(
      "passed",
      { result: { success: true, duration: "PT1M", score: { scaled: 0.9 } } },
      { moveOn: true },
    ),
    st("terminated", { result: { duration: "PT1M2S" } }),
  ];
}

/** A case's edit to a good session, in place. */
const mut =
  (edit: (s: XapiStatementLike[]) => void) =>
  (s: XapiStatementLike[]): XapiStatementLike[] => {
    edit(s);
    return s;
  };

const ctx = { activityId: AU, registration: REG, launchMode: "Normal" as const };
const codes = (list: XapiStatementLike[], c: Parameters<typeof checkCmi5Statements>[1] = ctx) =>
  checkCmi5Statements(list, c).map((f) => f.code);

describe("cmi5 session rules", () => {
  it("accepts a well-formed session", () => {
    expect(codes(goodSession())).toEqual([]);
  });

  const cases: [
    string,
    (s: XapiStatementLike[]) => XapiStatementLike[],
    string,
    Partial<Parameters<typeof checkCmi5Statements>[1]>?,
  ][] = [
    [
      "statement id not a UUID",
      mut((s) => {
        s[0]!.id = "abc";
      }),
      "statement-id",
    ],
    [
      "actor without account",
      mut((s) => {
        s[1]!.actor = { mbox: "mailto:a@b.c" };
      }),
      "actor-account",
    ],
    [
      "wrong registration",
      mut((s) => {
        s[1]!.context!.registration = "00000000-0000-4000-8000-000000000000";
      }),
      "registration",
    ],
    [
      "no session id",
      mut((s) => {
        delete s[2]!.context!.extensions![CMI5.sessionId];
      }),
      "session-id",
    ],
    [
      "object is not the AU",
      mut((s) => {
        s[0]!.object = { id: `${AU}/other` };
      }),
      "object-id",
    ],
    [
      "initialized not first",
      (s) =>
        [s[1]!, s[0]!, ...s.slice(2)].map((x, i) => ({
          ...x,
          timestamp: new Date(Date.UTC(2026, 0, 2, 0, 0, i)).toISOString(),
        })),
      "initialized-first",
    ],
    [
      "statements after terminated",
      (s) => [...s, st("answered", { result: { response: "b" } })],
      "terminated-last",
    ],
    [
      "a verb twice in a session",
      (s) => [
        s[0]!,
        s[2]!,
        st("completed", { result: { completion: true, duration: "PT1M" } }, { moveOn: true }),
        s[4]!,
      ],
      "verb-repeated",
    ],
    [
      "passed and failed in a session",
      (s) => [
        s[0]!,
        s[3]!,
        st("failed", { result: { success: false, duration: "PT1M" } }, { moveOn: true }),
        s[4]!,
      ],
      "passed-and-failed",
    ],
    [
      "completed without completion",
      mut((s) => {
        s[2]!.result = { duration: "PT1M" };
      }),
      "completed-result",
    ],
    [
      "passed without duration",
      mut((s) => {
        s[3]!.result = { success: true };
      }),
      "passed-result",
    ],
    [
      "terminated without duration",
      mut((s) => {
        s[4]!.result = {};
      }),
      "terminated-duration",
    ],
    [
      "score on completed",
      mut((s) => {
        s[2]!.result!.score = { scaled: 1 };
      }),
      "score-placement",
    ],
    [
      "success on terminated",
      mut((s) => {
        s[4]!.result!.success = true;
      }),
      "success-placement",
    ],
    [
      "completion on passed",
      mut((s) => {
        s[3]!.result!.completion = true;
      }),
      "completion-placement",
    ],
    [
      "moveon category missing",
      mut((s) => {
        s[3]!.context!.contextActivities!.category = [{ id: CMI5.categoryCmi5 }];
      }),
      "moveon-category",
    ],
    [
      "moveon category on initialized",
      mut((s) => {
        s[0]!.context!.contextActivities!.category!.push({ id: CMI5.categoryMoveOn });
      }),
      "moveon-category",
    ],
    [
      "passed below the mastery score",
      mut((s) => {
        s[3]!.context!.extensions![CMI5.masteryScore] = 0.95;
        s[3]!.result!.score = { scaled: 0.5 };
      }),
      "passed-below-mastery",
      { masteryScore: 0.95 },
    ],
    [
      "passed without the masteryscore extension",
      (s) => s,
      "masteryscore-extension",
      { masteryScore: 0.5 },
    ],
    [
      "progress not an integer",
      mut((s) => {
        s[1]!.result!.extensions![CMI5.progress] = 50.5;
      }),
      "progress",
    ],
    [
      "progress after completed",
      (s) => [
        s[0]!,
        s[2]!,
        st("answered", { result: { extensions: { [CMI5.progress]: 90 } } }),
        s[3]!,
        s[4]!,
      ],
      "progress-after-completed",
    ],
    [
      "an allowed statement before initialized",
      (s) => [
        st("answered", { result: { response: "z" }, timestamp: "2025-12-31T00:00:00.000Z" }),
        ...s,
      ],
      "allowed-outside-session",
    ],
    [
      "more than initialized and terminated in Browse mode",
      (s) => s,
      "launch-mode",
      { launchMode: "Browse" },
    ],
  ];
  for (const [what, mutate, code, extra] of cases) {
    it(`catches: ${what}`, () => {
      expect(codes(mutate(goodSession()), { ...ctx, ...extra })).toContain(code);
    });
  }

  it("catches a second completed or passed, or failed after passed, across sessions of a registration", () => {
    const other = "6c4f9b7e-2d3e-4f5a-9b0c-1d2e3f4a5b6c";
    const first = goodSession();
    const second = [
      st("initialized", {}, { session: other }),
      st(
        "completed",
        { result: { completion: true, duration: "PT1M" } },
        { moveOn: true, session: other },
      ),
      st(
        "failed",
        { result: { success: false, duration: "PT1M" } },
        { moveOn: true, session: other },
      ),
      st("terminated", { result: { duration: "PT1M" } }, { session: other }),
    ];
    const found = codes([...first, ...second]);
    expect(found).toContain("registration-completed-twice");
    expect(found).toContain("failed-after-passed");
  });
});
