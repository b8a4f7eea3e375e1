import { CommandError } from "../../../core";

/** A refused command's reason in the designer's words: without the command name, capitalised. */
export function describeError(error: unknown): string {
  let message: string;
  if (error instanceof CommandError) {
    const prefix = `${error.command}: `;
    message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  } else if (error instanceof Error) message = error.message;
  else message = String(error);
  message = message.trim() || "That change could not be made.";
  return message.charAt(0).toUpperCase() + message.slice(1);
}
