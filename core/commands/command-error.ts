/**
 * A command refused its arguments (unknown node, wrong kind, invalid value).
 * Thrown before anything is written, so a refused command leaves the document
 * untouched.
 */
export class CommandError extends Error {
  constructor(
    readonly command: string,
    message: string,
  ) {
    super(`${command}: ${message}`);
    this.name = "CommandError";
  }
}
