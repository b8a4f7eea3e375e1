import { SCENARIO_VERSION } from "../../core";
import type { Exporter, ExportFiles } from "../contract";
import { manifestIdentifier, playableDiagnostics } from "../package/common-diagnostics";
import { decisionKeys } from "../package/decision-keys";
import { LAUNCH_FILE, playerPackageFiles } from "../package/player-package";
import { utf8 } from "../package/utf8";
import { passingRuleDiagnostics, suspendDiagnostics } from "../scorm12/scorm12-exporter";
import { scorm2004Manifest } from "./scorm2004-manifest";
import { type Scorm2004Options, Scorm2004OptionsSchema } from "./scorm2004-options";

/** cmi.suspend_data SPM in the 4th Edition (RTE 4.2.23). */
export const SCORM2004_SUSPEND_LIMIT = 64000;

/** A SCORM 2004 4th Edition package: one SCO with the SCORM 2004 tracker, the 17 schema files at the root. */
export const scorm2004Exporter: Exporter<Scorm2004Options> = {
  id: "scorm2004",
  label: "SCORM 2004 4th Edition",
  version: "1.0.0",
  scenarioVersions: [SCENARIO_VERSION],
  options: Scorm2004OptionsSchema,
  output: "zip",
  validate(scenario, options) {
    return [
      ...playableDiagnostics(scenario),
      ...passingRuleDiagnostics(scenario, options.scaledPassingScore, "success_status unknown"),
      ...suspendDiagnostics(scenario, SCORM2004_SUSPEND_LIMIT, "SCORM 2004"),
    ];
  },
  async build(scenario, options, context): Promise<ExportFiles> {
    const { SCORM2004_SCHEMA_FILES } = await import("../schemas/scorm2004-schema-files");
    const passing = scenario.rubric.passing;
    context.onProgress?.(0.1, "packaging the player");
    const files = playerPackageFiles({
      scenario,
      context,
      tracker: "scorm2004",
      trackerOptions: {
        commit: options.commit,
        scaledPassingScore: options.scaledPassingScore,
        dimensionThreshold: passing.mode === "each" ? passing.threshold : null,
        decisions: decisionKeys(scenario),
      },
      ...(options.title ? { title: options.title } : {}),
    });
    context.onProgress?.(0.8, "writing the manifest");
    const manifest = scorm2004Manifest({
      identifier: manifestIdentifier(options.identifier, scenario),
      title: options.title || scenario.meta.title,
      scaledPassingScore: options.scaledPassingScore,
      objectives: scenario.rubric.dimensions.map((d) => d.id),
      launch: LAUNCH_FILE,
      files: [...files.keys()].sort(),
    });
    files.set("imsmanifest.xml", utf8(manifest));
    for (const [name, text] of Object.entries(SCORM2004_SCHEMA_FILES)) files.set(name, utf8(text));
    return files;
  },
};
