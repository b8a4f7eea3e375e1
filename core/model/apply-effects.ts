import type { Effect, Variable, VariableValue } from "../schema/variables";
import type { VariableState } from "./evaluate-condition";

export function clampToVariable(variable: Variable, value: number): number {
  if (variable.type !== "number") return value;
  let v = value;
  if (variable.min !== null && v < variable.min) v = variable.min;
  if (variable.max !== null && v > variable.max) v = variable.max;
  return v;
}

/**
 * Applies effects in order and returns a new state; the input is never mutated.
 * Effects on unknown variables or with a value of the wrong type are skipped:
 * analysis reports them, the player keeps going.
 */
export function applyEffects(
  effects: readonly Effect[],
  vars: VariableState,
  variables: ReadonlyMap<string, Variable>,
): Record<string, VariableValue> {
  const next: Record<string, VariableValue> = { ...vars };
  for (const effect of effects) {
    const variable = variables.get(effect.variable);
    if (!variable) continue;
    if (effect.op === "set") {
      if (typeof effect.value !== typeof variable.initial) continue;
      next[effect.variable] =
        typeof effect.value === "number" ? clampToVariable(variable, effect.value) : effect.value;
    } else {
      const current = next[effect.variable];
      if (typeof current !== "number" || typeof effect.value !== "number") continue;
      next[effect.variable] = clampToVariable(variable, current + effect.value);
    }
  }
  return next;
}

export function initialVariableState(
  variables: readonly Variable[],
): Record<string, VariableValue> {
  const state: Record<string, VariableValue> = {};
  for (const v of variables) state[v.name] = v.initial;
  return state;
}
