/**
 * The public surface of `core`: the scenario model and everything pure about it.
 * Other parts import from here only.
 */

export * from "./engine/types";
export * from "./model/apply-effects";
export * from "./model/evaluate-condition";
export * from "./model/mood-band";
export * from "./schema/ids";
export * from "./schema/nodes";
export * from "./schema/rich-text";
export * from "./schema/scenario";
export * from "./schema/variables";
