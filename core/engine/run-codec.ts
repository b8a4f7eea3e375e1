import type { Difficulty } from "../schema/nodes";
import type { VariableValue } from "../schema/variables";
import type { ScenarioIndex } from "./scenario-index";
import { EngineError, type RunState, type StartOptions } from "./types";

/**
 * The saved form of a run, small enough for SCORM 1.2's 4,096-character
 * suspend_data and printable ASCII only:
 *
 *   F1;<fingerprint>;<level><seed>;<start node>;<variables>;<events>
 *
 * Only what replay needs is written: the start options and the event log.
 * Numbers are base 36 (0 is written as nothing), nodes are named by their
 * position among the sorted node ids, options by their position within the
 * decision, text is percent-encoded. Events are one upper-case tag each:
 *   C<ms>  continue            O<option><ms>  choose     T<ms>  timeout
 *   R      retry               W<step>       rewind
 *   V<value><ms>  scale answer  X<length>~<text><ms>  text answer
 */
export const RUN_FORMAT_TAG = "F1";

export type DecodedEvent =
  | { t: "continue"; ms: number }
  | { t: "choose"; optionIndex: number; ms: number }
  | { t: "timeout"; ms: number }
  | { t: "retry" }
  | { t: "reflect"; value: number | string; ms: number }
  | { t: "rewind"; step: number };

export interface DecodedRun {
  fingerprint: string;
  start: StartOptions;
  events: DecodedEvent[];
}

const LEVEL_CODES: Record<Difficulty, string> = { gentle: "g", standard: "s", challenge: "c" };
const LEVELS_BY_CODE: Record<string, Difficulty> = { g: "gentle", s: "standard", c: "challenge" };
/**
 * Real runs have tens to a few hundred events. Replay copies the path per
 * step, so this bound also caps the work a hostile string can ask for.
 */
export const MAX_SAVED_EVENTS = 5_000;
/** Upper bound for any number in the format: the largest seed (ms are capped lower when recorded). */
const MAX_NUMBER = 0xffffffff;

function bad(message: string): EngineError {
  return new EngineError("bad-state", message);
}

function num36(value: unknown): string {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > MAX_NUMBER)
    throw bad(`cannot save the number ${String(value)}`);
  return value === 0 ? "" : value.toString(36);
}

function encodeText(text: string): string {
  return encodeURIComponent(text).replace(/%20/g, "+");
}

function decodeText(text: string): string {
  return decodeURIComponent(text.replace(/\+/g, "%20"));
}

function encodeValue(value: VariableValue): string {
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") return `n${String(value)}`;
  return `s${encodeText(value)}`;
}

export function encodeRun(index: ScenarioIndex, state: RunState): string {
  const { start } = state;
  const level = LEVEL_CODES[start.difficulty];
  if (!level) throw bad("the run has no valid level");
  let startNode = "";
  if (start.startNodeId !== undefined) {
    const ordinal = index.nodeOrdinals.get(start.startNodeId);
    if (ordinal === undefined) throw bad(`unknown start node "${start.startNodeId}"`);
    startNode = ordinal.toString(36);
  }
  const variables = Object.entries(start.variables ?? {})
    .map(([name, value]) => `${name}=${encodeValue(value)}`)
    .join(",");
  let events = "";
  for (const event of state.log) {
    switch (event.t) {
      case "continue":
        events += `C${num36(event.ms)}`;
        break;
      case "choose": {
        const found = index.options.get(event.option);
        if (!found) throw bad(`unknown option "${event.option}"`);
        events += `O${found.index.toString(36)}${num36(event.ms)}`;
        break;
      }
      case "timeout":
        events += `T${num36(event.ms)}`;
        break;
      case "retry":
        events += "R";
        break;
      case "rewind":
        events += `W${num36(event.step)}`;
        break;
      case "reflect":
        if (typeof event.value === "number") {
          const code = num36(event.value);
          if (code.length !== 1) throw bad(`cannot save the answer ${event.value}`);
          events += `V${code}${num36(event.ms)}`;
        } else {
          const text = encodeText(event.value);
          events += `X${num36(text.length)}~${text}${num36(event.ms)}`;
        }
        break;
      default:
        throw bad("unknown event in the log");
    }
  }
  return [
    RUN_FORMAT_TAG,
    index.fingerprint,
    level + num36(start.seed),
    startNode,
    variables,
    events,
  ].join(";");
}

const DIGIT = /[0-9a-z]/;

class Cursor {
  position = 0;
  constructor(readonly text: string) {}

  get done(): boolean {
    return this.position >= this.text.length;
  }

  next(): string {
    const ch = this.text[this.position++];
    if (ch === undefined) throw bad("the saved run ends too early");
    return ch;
  }

  /** A base-36 number; nothing stands for 0. */
  number(): number {
    const from = this.position;
    while (this.position < this.text.length && DIGIT.test(this.text[this.position]!))
      this.position++;
    const digits = this.text.slice(from, this.position);
    if (digits.length === 0) return 0;
    const value = digits.length > 7 ? Number.POSITIVE_INFINITY : Number.parseInt(digits, 36);
    if (value > MAX_NUMBER) throw bad("a number in the saved run is too large");
    return value;
  }

  digit(): number {
    const ch = this.next();
    if (!DIGIT.test(ch)) throw bad("a digit was expected in the saved run");
    return Number.parseInt(ch, 36);
  }
}

function decodeValue(code: string): VariableValue {
  const kind = code[0];
  const body = code.slice(1);
  if (code === "t") return true;
  if (code === "f") return false;
  if (kind === "n") {
    const value = Number(body);
    if (body.length === 0 || !Number.isFinite(value)) throw bad("a saved number is not a number");
    return value;
  }
  if (kind === "s") return decodeText(body);
  throw bad("a saved variable has an unknown type");
}

function decodeEvents(text: string): DecodedEvent[] {
  const cursor = new Cursor(text);
  const events: DecodedEvent[] = [];
  while (!cursor.done) {
    if (events.length >= MAX_SAVED_EVENTS)
      throw bad(`a saved run holds at most ${MAX_SAVED_EVENTS} events`);
    const tag = cursor.next();
    switch (tag) {
      case "C":
        events.push({ t: "continue", ms: cursor.number() });
        break;
      case "O": {
        const optionIndex = cursor.digit();
        events.push({ t: "choose", optionIndex, ms: cursor.number() });
        break;
      }
      case "T":
        events.push({ t: "timeout", ms: cursor.number() });
        break;
      case "R":
        events.push({ t: "retry" });
        break;
      case "W":
        events.push({ t: "rewind", step: cursor.number() });
        break;
      case "V": {
        const value = cursor.digit();
        events.push({ t: "reflect", value, ms: cursor.number() });
        break;
      }
      case "X": {
        const length = cursor.number();
        if (cursor.next() !== "~") throw bad("a saved text answer is malformed");
        const encoded = text.slice(cursor.position, cursor.position + length);
        if (encoded.length !== length) throw bad("a saved text answer is cut short");
        cursor.position += length;
        events.push({ t: "reflect", value: decodeText(encoded), ms: cursor.number() });
        break;
      }
      default:
        throw bad(`unknown event "${tag}" in the saved run`);
    }
  }
  return events;
}

/**
 * Parses the saved form. Structure only: whether the events fit the scenario is
 * checked by replaying them, and a decoded run must encode back to the very same
 * text, so there is exactly one spelling of each run.
 */
export function decodeRun(index: ScenarioIndex, text: string): DecodedRun {
  const sections = text.split(";");
  if (sections.length !== 6 || sections[0] !== RUN_FORMAT_TAG)
    throw bad("this is not a saved run of this version");
  const [, fingerprint, levelSeed, startNode, variables, events] = sections as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const difficulty = LEVELS_BY_CODE[levelSeed.slice(0, 1)];
  if (!difficulty) throw bad("the saved run has no valid level");
  const seedCursor = new Cursor(levelSeed.slice(1));
  const seed = seedCursor.number();
  if (!seedCursor.done) throw bad("the saved seed is malformed");
  const start: StartOptions = { difficulty, seed };
  if (startNode.length > 0) {
    const nodeCursor = new Cursor(startNode);
    const startNodeId = index.sortedNodeIds[nodeCursor.number()];
    if (!nodeCursor.done || startNodeId === undefined) throw bad("the saved start node is unknown");
    start.startNodeId = startNodeId;
  }
  if (variables.length > 0) {
    const values: Record<string, VariableValue> = {};
    for (const entry of variables.split(",")) {
      const eq = entry.indexOf("=");
      if (eq <= 0) throw bad("a saved variable is malformed");
      const name = entry.slice(0, eq);
      if (Object.hasOwn(values, name)) throw bad(`variable "${name}" is saved twice`);
      values[name] = decodeValue(entry.slice(eq + 1));
    }
    start.variables = values;
  }
  return { fingerprint, start, events: decodeEvents(events) };
}
