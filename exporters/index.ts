/**
 * The public surface of `exporters`: the exporter contract, the registry
 * (built-ins plus exporters named in forkline.config.*), the built-in
 * exporters, the export pipeline with deterministic packaging, option
 * fields for forms and the command line, and the project's own conformance
 * checkers for SCORM manifests, cmi5 course structures and cmi5 sessions.
 */

export { BUILTIN_EXPORTER_IDS, BUILTIN_EXPORTERS } from "./builtin-exporters";
export * from "./cmi5/cmi5-exporter";
export * from "./cmi5/cmi5-options";
export * from "./conformance/check-cmi5-course";
export * from "./conformance/check-cmi5-session";
export * from "./conformance/check-scorm-manifest";
export * from "./conformance/check-scorm-package";
export * from "./conformance/cmi5-vocabulary";
export * from "./conformance/conformance-finding";
export * from "./contract";
export * from "./html/html-exporter";
export * from "./json/json-exporter";
export * from "./options/coerce-option-pairs";
export { MissingAssetError } from "./package/asset-files";
export { decisionKeys } from "./package/decision-keys";
export { isAbsoluteIri } from "./package/iri";
export { type LongestRun, longestRun } from "./package/longest-run";
export { LAUNCH_FILE, MissingRuntimeError } from "./package/player-package";
export { comparePaths, zipFiles } from "./package/zip-files";
export * from "./registry/exporter-registry";
export * from "./registry/exporter-shape";
export * from "./registry/load-exporter-registry";
export * from "./registry/load-project-config";
export * from "./registry/project-config";
export * from "./run-export";
export { readPlayerRuntime } from "./runtime/read-player-runtime";
export * from "./scorm12/scorm12-exporter";
export * from "./scorm12/scorm12-options";
export * from "./scorm2004/scorm2004-exporter";
export * from "./scorm2004/scorm2004-options";
export * from "./xapi/xapi-exporter";
export * from "./xapi/xapi-options";
