/**
 * Every string the player itself shows, in one place so a translation is one
 * object. Scenario text comes from the scenario, never from here.
 */
export const MESSAGES = {
  loading: "Loading…",
  failed: "This scenario could not be started.",
  conversation: "Conversation",
  customer: "Customer",
  about: (name: string) => `About ${name}`,
  you: "You",
  noReply: "No reply: the time ran out.",
  typing: (name: string) => `${name} is typing…`,
  mood: "Mood",
  continue: "Continue",
  reply: "Your reply",
  optionsHint: (n: number) => `Press a number key from 1 to ${n} to pick a reply.`,
  timeLeft: (clock: string) => `${clock} left`,
  secondsLeft: (s: number) => `${s} seconds left`,
  pause: "Pause timer",
  resume: "Resume timer",
  paused: "Timer paused",
  moreTime: "More time",
  moreTimeAdded: (s: number) => `${s} more seconds`,
  timeUp: "Time ran out",
  quality: { strong: "Strong reply", mixed: "Mixed reply", weak: "Weak reply" } as Record<
    string,
    string
  >,
  youSaid: "You said:",
  felt: (name: string) => `How ${name} felt`,
  changes: "What changed",
  practised: "Skills practised",
  missed: "Skills missed",
  coaching: "Coaching",
  tryAgain: "Try again",
  phase: { pre: "Before you start", mid: "A moment to reflect", post: "Looking back" } as Record<
    string,
    string
  >,
  yourAnswer: "Your answer",
  save: "Save answer",
  pickOne: "Choose one of the answers first.",
  writeSomething: "Write a few words first.",
  outcome: { success: "Resolved", partial: "Partly resolved", failure: "Not resolved" } as Record<
    string,
    string
  >,
  scores: "Your scores",
  points: (points: number, max: number, percent: number) =>
    `${points} of ${max} points (${percent}%)`,
  overall: (percent: number) => `Overall: ${percent}%`,
  passRule: {
    weighted: (p: number) => `To pass: an overall score of at least ${p}%`,
    each: (p: number) => `To pass: at least ${p}% on every dimension`,
  } as Record<string, (p: number) => string>,
  needsOutcome: {
    success: " and a resolved ending",
    "success-or-partial": " and a resolved or partly resolved ending",
  } as Record<string, string>,
  passed: "Passed",
  notPassed: "Not passed yet",
  counts: (strong: number, mixed: number, weak: number, timeouts: number) =>
    `Replies: ${strong} strong, ${mixed} mixed, ${weak} weak${timeouts ? `, ${timeouts} timed out` : ""}.`,
  duration: (minutes: number, seconds: number) =>
    minutes > 0 ? `Time taken: ${minutes} min ${seconds} s.` : `Time taken: ${seconds} s.`,
  confidenceShift: (shift: number) =>
    `Your confidence moved by ${shift > 0 ? "+" : ""}${shift.toFixed(1)} from before to after.`,
  skillsPractised: "Skills you practised",
  skillsMissed: "Skills to work on",
  replay: "Your conversation, step by step",
  undoneAttempts: (n: number) =>
    `${n} earlier ${n === 1 ? "attempt was" : "attempts were"} undone.`,
  youChose: "You chose:",
  reflected: "You answered:",
  ofScale: (value: number, size: number) => `${value} of ${size}`,
  tryDifferent: "Try a different choice here",
  tryLast: "Try the last choice again",
  endFeedback: "Coaching on your choices",
  levelEased: "The last replies were tough, so the next choices are a little more guided.",
  levelRaised: "You are doing well, so the next choices get a little harder.",
  ended: (title: string) => `Conversation over: ${title}.`,
  opensInNewTab: " (opens in a new tab)",
  transcript: "Transcript",
  captions: "Captions",
  cardKinds: {
    "ticket-note": "Ticket note",
    queue: "Queue",
    account: "Account",
    policy: "Policy",
  } as Record<string, string>,
  actionFailed: "That did not work. Please try again.",
};

/** The same keys in every language: a translation that misses one does not compile. */
export type Messages = typeof MESSAGES;
