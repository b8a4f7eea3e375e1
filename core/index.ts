/**
 * The public surface of `core`: the scenario model and everything pure about it.
 * Other parts import from here only.
 */

export { AnalysisIndex } from "./analysis/analysis-index";
export { analyze } from "./analysis/analyze";
export { countPaths, type PathCount } from "./analysis/count-paths";
export { type Coverage, type CoverageOptions, coverage, type OptionRef } from "./analysis/coverage";
export {
  DIAGNOSTIC_CODES,
  type Diagnostic,
  type DiagnosticCode,
  type Severity,
} from "./analysis/diagnostic";
export {
  type ExploredPath,
  type ExploreOptions,
  type ExploreResult,
  explorePaths,
} from "./analysis/explore-paths";
export type { ExploreSettings } from "./analysis/explore-step";
export { type ScoreRange, scoreRanges } from "./analysis/score-ranges";
export * from "./commands";
export * from "./engine/create-engine";
export * from "./engine/types";
export * from "./file";
export * from "./model/apply-effects";
export * from "./model/evaluate-condition";
export * from "./model/mood-band";
export * from "./scenario";
export * from "./schema/asset-mime-types";
export * from "./schema/ids";
export * from "./schema/nodes";
export * from "./schema/rich-text";
export * from "./schema/scenario";
export * from "./schema/variables";
export * from "./ydoc";
