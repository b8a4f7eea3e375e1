import type { Skill } from "../schema/scenario";

/** The micro-skills of a support conversation that choices practise or miss. */
export const DEFAULT_SKILLS: readonly Skill[] = [
  {
    id: "acknowledge-impact",
    label: "Acknowledge impact",
    description: "Name what the problem cost the customer before explaining anything.",
  },
  {
    id: "align-goal",
    label: "Align on the goal",
    description: "Say out loud what you and the customer are both trying to reach.",
  },
  {
    id: "act-next-steps",
    label: "Act with clear next steps",
    description: "Commit to concrete actions, who does them and when.",
  },
  {
    id: "clarifying-question",
    label: "Ask a clarifying question",
    description: "Check the facts instead of guessing.",
  },
  {
    id: "offer-choice",
    label: "Offer a choice",
    description: "Give the customer real options and let them pick.",
  },
  {
    id: "summarize",
    label: "Summarize",
    description: "Play back what you heard so the customer can correct it.",
  },
  {
    id: "set-timeline",
    label: "Set a timeline",
    description: "Say when the next update comes, and keep it.",
  },
  {
    id: "ask-permission",
    label: "Ask permission",
    description: "Ask before putting the customer on hold, transferring or sharing data.",
  },
  {
    id: "close-clarity",
    label: "Close with clarity",
    description: "End with what happens next and how to reach you.",
  },
];
