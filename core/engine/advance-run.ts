import { initialVariableState } from "../model/apply-effects";
import { DIFFICULTIES, type Difficulty, NEXT_PORT, TIMEOUT_PORT } from "../schema/nodes";
import { checkReflectionAnswer, checkStartVariables } from "./check-input";
import {
  type EngineContext,
  enterNode,
  followPort,
  leaveStep,
  type RunDraft,
  resolveStop,
} from "./enter-node";
import { EMPTY_TRAIL, type Trail } from "./run-trail";
import { EngineError, type RunState, type StartOptions } from "./types";

function startDifficulty(ctx: EngineContext, given: unknown): Difficulty {
  if (given === undefined) return ctx.index.scenario.settings.difficulty.initial;
  if (!DIFFICULTIES.includes(given as Difficulty))
    throw new EngineError("no-start", `unknown difficulty "${String(given)}"`);
  return given as Difficulty;
}

function startSeed(given: unknown): number {
  if (given === undefined) return 1;
  if (typeof given !== "number" || !Number.isFinite(given))
    throw new EngineError("no-start", "the seed must be a finite number");
  // Kept as an unsigned 32-bit integer: what the shuffler uses and what serializes exactly.
  return Math.trunc(given) >>> 0;
}

export function startRun(ctx: EngineContext, options: StartOptions = {}): RunState {
  const { index } = ctx;
  if (options === null || typeof options !== "object")
    throw new EngineError("no-start", "start options must be an object");
  const difficulty = startDifficulty(ctx, options.difficulty);
  const seed = startSeed(options.seed);
  const startNodeId = options.startNodeId;
  let firstId: string;
  if (startNodeId !== undefined) {
    if (typeof startNodeId !== "string" || !index.nodes.has(startNodeId))
      throw new EngineError(
        "unknown-node",
        `there is no node "${String(startNodeId)}" to start at`,
      );
    firstId = startNodeId;
  } else {
    const configured = index.scenario.settings.startNodeId;
    if (configured === null) throw new EngineError("no-start", "the scenario has no start node");
    if (!index.nodes.has(configured))
      throw new EngineError("no-start", `the start node "${configured}" does not exist`);
    firstId = configured;
  }
  const variables = checkStartVariables(
    options.variables,
    index.variables,
    index.scenario.variables,
  );
  const vars = { ...initialVariableState(index.scenario.variables), ...variables };
  const scores: Record<string, number> = {};
  for (const dimension of index.scenario.rubric.dimensions) scores[dimension.id] = 0;
  const draft: RunDraft = {
    difficulty,
    seed,
    vars,
    scores,
    path: [],
    reflections: [],
    retries: 0,
    levelChange: null,
    start: {
      difficulty,
      seed,
      ...(startNodeId !== undefined ? { startNodeId } : {}),
      ...(variables ? { variables } : {}),
    },
    log: [],
  };
  const first = resolveStop(index, firstId, vars, "the start");
  return enterNode(ctx, draft, EMPTY_TRAIL, first);
}

/** Leaves a scene by its `next` port, or a choice's feedback by the port of the answer. */
export function continueRun(
  ctx: EngineContext,
  state: RunState,
  trail: Trail,
  ms: number,
): RunState {
  const { index } = ctx;
  let port: string;
  if (state.status === "scene") port = NEXT_PORT;
  else if (state.status === "feedback") {
    const answered = state.path[state.path.length - 1]!;
    port = answered.optionId ?? TIMEOUT_PORT;
  } else
    throw new EngineError(
      "wrong-status",
      `continue applies to a scene or feedback, not ${state.status}`,
    );
  const next = followPort(index, state.nodeId, port, state.vars);
  const { status: _status, nodeId: _nodeId, ...rest } = state;
  const draft: RunDraft = {
    ...rest,
    path: leaveStep(index, state.path, state.vars, ms),
    levelChange: null,
    log: [...state.log, { t: "continue", ms }],
  };
  return enterNode(ctx, draft, trail, next);
}

export function reflectRun(
  ctx: EngineContext,
  state: RunState,
  trail: Trail,
  value: unknown,
  ms: number,
): RunState {
  const { index } = ctx;
  if (state.status !== "reflection")
    throw new EngineError("wrong-status", `reflect applies to a reflection, not ${state.status}`);
  const node = index.nodes.get(state.nodeId);
  if (node?.kind !== "reflection")
    throw new EngineError("unknown-node", `"${state.nodeId}" is not a reflection`);
  const answer = checkReflectionAnswer(node, value);
  const next = followPort(index, node.id, NEXT_PORT, state.vars);
  const { status: _status, nodeId: _nodeId, ...rest } = state;
  const draft: RunDraft = {
    ...rest,
    path: leaveStep(index, state.path, state.vars, ms),
    reflections: [
      ...state.reflections,
      { nodeId: node.id, phase: node.phase, kind: node.reflectionKind, value: answer, ms },
    ],
    levelChange: null,
    log: [...state.log, { t: "reflect", value: answer, ms }],
  };
  return enterNode(ctx, draft, trail, next);
}
