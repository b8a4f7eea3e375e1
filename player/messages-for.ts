import { MESSAGES, type Messages } from "./messages";
import { MESSAGES_DE } from "./messages-de";
import { MESSAGES_ES } from "./messages-es";
import { MESSAGES_FR } from "./messages-fr";

const BY_LANGUAGE: Record<string, Messages> = {
  en: MESSAGES,
  fr: MESSAGES_FR,
  de: MESSAGES_DE,
  es: MESSAGES_ES,
};

/** Languages the player speaks itself; a scenario in any other language gets English. */
export const PLAYER_LANGUAGES = Object.keys(BY_LANGUAGE);

/** The player's words for a scenario's BCP 47 language tag, by its primary subtag ("fr-CA" → French). */
export function messagesFor(language: string): Messages {
  const primary = language.split("-")[0]!.toLowerCase();
  return BY_LANGUAGE[primary] ?? MESSAGES;
}
