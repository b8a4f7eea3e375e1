import { type RichText, richTextFromPlain } from "../../core";
import type { SeededRandom } from "./seeded-random";

/**
 * Phrase banks for generated scenarios. Lines are assembled from two halves so
 * that a large scenario has varied, plausibly sized text (text size matters for
 * document encoding benchmarks) without shipping a corpus.
 */
const CUSTOMER_OPENINGS = [
  "I've been waiting three days for a reply,",
  "This is the second time I'm explaining this,",
  "Your app charged me twice this morning,",
  "Nobody told me the service would be down,",
  "I was promised a call back yesterday,",
  "The replacement arrived broken again,",
  "I just want a straight answer,",
  "My manager is asking me why our orders failed,",
];
const CUSTOMER_CLOSINGS = [
  "and honestly I'm about ready to cancel.",
  "so what are you actually going to do about it?",
  "and I need this fixed before Friday.",
  "which is not what I pay for.",
  "and the last agent just closed my ticket.",
  "so please don't send me another template.",
  "and I have a queue of my own customers waiting.",
];
const REPLIES = [
  "I'm sorry this cost you so much time. I'll refund the duplicate today.",
  "That sounds frustrating. Which order number is affected?",
  "Let me check I've got this right: the charge went through twice?",
  "You're right to expect better. Here's what happens next.",
  "Per our policy, refunds take 10 business days.",
  "Have you tried restarting the app?",
  "Would you prefer a refund or a replacement?",
  "I'll call you back at 3 pm with an update.",
  "I can see the double charge here and I'm reversing it now.",
  "There's nothing more I can do on my side.",
];
const COACHING = [
  "Naming the impact first shows you heard them before you move to fixing.",
  "A clear next step with a time turns frustration into a plan.",
  "Quoting policy before acknowledging the problem reads as a brush-off.",
  "A clarifying question here saves a second round trip later.",
  "Offering a choice gives control back to someone who feels they lost it.",
  "Generic troubleshooting ignores what they already told you.",
];
const PROMPTS = [
  "How do you respond?",
  "What do you say next?",
  "The customer is waiting. Your reply:",
  "Pick the reply that moves this forward.",
];
const REFLECTIONS = [
  "How confident are you handling an upset customer right now?",
  "What would you do differently in that last exchange?",
  "How well did your reply acknowledge the customer's situation?",
];
const DEBRIEFS = [
  "The customer left with a clear plan and a reason to trust the next contact.",
  "The issue is fixed, but the customer still feels unheard.",
  "The customer escalated to a manager and posted a review.",
  "You kept the conversation calm and ended with a concrete commitment.",
];
const TITLES = [
  "Resolved with trust",
  "Fixed, but cold",
  "Escalated",
  "Customer churned",
  "Back on track",
];

const join2 = (rnd: SeededRandom, a: readonly string[], b: readonly string[]): string =>
  `${rnd.pick(a)} ${rnd.pick(b)}`;

export const customerLine = (rnd: SeededRandom): string =>
  join2(rnd, CUSTOMER_OPENINGS, CUSTOMER_CLOSINGS);
export const optionLine = (rnd: SeededRandom): string => rnd.pick(REPLIES);
export const coachingText = (rnd: SeededRandom): RichText => richTextFromPlain(rnd.pick(COACHING));
export const promptText = (rnd: SeededRandom): RichText => richTextFromPlain(rnd.pick(PROMPTS));
export const reflectionText = (rnd: SeededRandom): RichText =>
  richTextFromPlain(rnd.pick(REFLECTIONS));
export const debriefText = (rnd: SeededRandom): RichText =>
  richTextFromPlain(`${rnd.pick(DEBRIEFS)}\n${rnd.pick(COACHING)}`);
export const endingTitle = (rnd: SeededRandom): string => rnd.pick(TITLES);

/** A scene's customer text, sometimes two paragraphs with a bold phrase, as designers write them. */
export function sceneText(rnd: SeededRandom): RichText {
  const first = customerLine(rnd);
  if (!rnd.chance(0.15)) return richTextFromPlain(first);
  return {
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text: first }] },
      {
        type: "paragraph",
        content: [
          { type: "text", text: "Ticket note: " },
          { type: "text", text: customerLine(rnd), marks: [{ type: "bold" }] },
        ],
      },
    ],
  };
}
