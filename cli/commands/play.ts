import {
  createEngine,
  DIFFICULTIES,
  type Difficulty,
  type Engine,
  EngineError,
  type RunState,
  type View,
} from "../../core";
import { type CliCommand, CliError, EXIT_OK, EXIT_PROBLEMS } from "../cli-command";
import { formatDebrief } from "../format-debrief";
import { requireScenario } from "../read-scenario-file";

/** In `--choose`, this word lets the decision's timer run out (option ids may not be "timeout"). */
const TIMEOUT_WORD = "timeout";
const MAX_STEPS = 100_000;

function list(value: string | boolean | undefined, keepEmpty: boolean): string[] {
  if (typeof value !== "string") return [];
  const items = value.split(",").map((s) => s.trim());
  return keepEmpty ? items : items.filter((s) => s.length > 0);
}

function visible(view: Extract<View, { kind: "decision" }>): string {
  const ids = view.options.map((o) => o.id);
  if (view.timer) ids.push(`${TIMEOUT_WORD} (let the timer run out)`);
  return ids.length > 0 ? ids.join(", ") : "none";
}

function answerFor(
  view: Extract<View, { kind: "reflection" }>,
  given: string | undefined,
): number | string {
  if (view.reflectionKind === "text") return given ?? "";
  // Unanswered scale questions take the middle of the scale.
  if (given === undefined || given === "") return Math.ceil(view.scale.length / 2);
  const value = Number(given);
  if (!Number.isInteger(value) || value < 1 || value > view.scale.length)
    throw new CliError(
      `reflection "${view.nodeId}" needs a whole number from 1 to ${view.scale.length}, got "${given}"`,
      EXIT_PROBLEMS,
    );
  return value;
}

function scripted(engine: Engine, start: RunState, choices: string[], answers: string[]): RunState {
  let state = start;
  let decisions = 0;
  for (let steps = 0; state.status !== "ended"; steps++) {
    if (steps > MAX_STEPS)
      throw new CliError("the run does not end (too many steps)", EXIT_PROBLEMS);
    const view = engine.view(state);
    if (view.kind === "scene" || view.kind === "feedback") {
      state = engine.continue(state);
    } else if (view.kind === "decision") {
      decisions++;
      const choice = choices.shift();
      if (choice === undefined)
        throw new CliError(
          `decision ${decisions} ("${view.nodeId}") needs a choice but --choose has no more; visible options: ${visible(view)}`,
          EXIT_PROBLEMS,
        );
      if (choice === TIMEOUT_WORD && view.timer) state = engine.timeout(state);
      else if (view.options.some((o) => o.id === choice)) state = engine.choose(state, choice);
      else
        throw new CliError(
          `"${choice}" is not available at decision ${decisions} ("${view.nodeId}"); visible options: ${visible(view)}`,
          EXIT_PROBLEMS,
        );
    } else if (view.kind === "reflection") {
      state = engine.reflect(state, answerFor(view, answers.shift()));
    }
  }
  if (choices.length > 0)
    throw new CliError(
      `the run ended at "${state.nodeId}" with choices left over: ${choices.join(", ")}`,
      EXIT_PROBLEMS,
    );
  return state;
}

export const playCommand: CliCommand = {
  name: "play",
  summary: "play a scenario with scripted choices and print the debrief",
  usage:
    "<file> --choose <optionId,...> [--answers <a,b,...>] [--difficulty <level>] [--seed <n>] [--json]",
  details: [
    "Plays from the start node: scenes and feedback are continued automatically, each",
    'decision takes the next id from --choose (or "timeout" to let its timer run out),',
    "each reflection the next value from --answers (a number for scales, text otherwise;",
    "when answers run out, scales take their middle value and text stays empty).",
    `--difficulty is one of ${DIFFICULTIES.join(", ")} (default: the scenario's initial level).`,
    "",
    "Exit codes: 0 the run reached an ending, 1 the script does not fit the scenario",
    "(a choice that is not visible, too few or too many choices, a bad answer), 2 usage error",
    "or unreadable file.",
  ],
  options: {
    choose: { type: "string" },
    answers: { type: "string" },
    difficulty: { type: "string" },
    seed: { type: "string" },
    json: { type: "boolean" },
  },
  positionals: { min: 1, max: 1, names: ["file"] },

  async run({ positionals, values, cwd, out }) {
    const file = positionals[0]!;
    const difficulty = values.difficulty;
    if (difficulty !== undefined && !DIFFICULTIES.includes(difficulty as Difficulty))
      throw new CliError(
        `--difficulty must be one of ${DIFFICULTIES.join(", ")}, got "${String(difficulty)}"`,
      );
    let seed: number | undefined;
    if (values.seed !== undefined) {
      seed = Number(values.seed);
      if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
        throw new CliError(
          `--seed must be a whole number from 0 to 4294967295, got "${String(values.seed)}"`,
        );
    }
    const scenario = await requireScenario(file, cwd);
    const engine = createEngine(scenario);
    let state: RunState;
    try {
      const start = engine.start({ difficulty: difficulty as Difficulty | undefined, seed });
      state = scripted(engine, start, list(values.choose, false), list(values.answers, true));
    } catch (error) {
      if (error instanceof EngineError)
        throw new CliError(`${file}: ${error.message}`, EXIT_PROBLEMS);
      throw error;
    }
    const record = engine.debrief(state);
    if (values.json) {
      out(JSON.stringify({ file, debrief: record, saved: engine.serialize(state) }, null, 2));
    } else {
      out(`${file}: "${scenario.meta.title}"`);
      for (const line of formatDebrief(record)) out(line);
    }
    return EXIT_OK;
  },
};
