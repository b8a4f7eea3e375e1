import { SCENARIO_VERSION, type Scenario } from "../../core";
import type { ExportDiagnostic, Exporter, ExportFiles } from "../contract";
import { manifestIdentifier, playableDiagnostics } from "../package/common-diagnostics";
import { decisionKeys } from "../package/decision-keys";
import { longestRun } from "../package/longest-run";
import { LAUNCH_FILE, playerPackageFiles } from "../package/player-package";
import { utf8 } from "../package/utf8";
import { scorm12Manifest } from "./scorm12-manifest";
import { type Scorm12Options, Scorm12OptionsSchema } from "./scorm12-options";

/** CMIString4096 (SCORM 1.2 RTE 3.4.2): the most suspend_data an LMS must keep. */
export const SCORM12_SUSPEND_LIMIT = 4096;

export function suspendDiagnostics(
  scenario: Scenario,
  limit: number,
  standard: string,
): ExportDiagnostic[] {
  const run = longestRun(scenario);
  if (run.suspendLength <= limit) return [];
  return [
    {
      code: "suspend-data-too-long",
      severity: "warning",
      message: `suspend data may exceed ${standard}'s ${limit.toLocaleString("en-US")} characters on the longest path (${run.suspendLength.toLocaleString("en-US")} measured${run.truncated ? ", search stopped at its budget" : ""}); a learner on that path would not resume where they left off`,
    },
  ];
}

export function passingRuleDiagnostics(
  scenario: Scenario,
  masteryScore: number | null,
  statusWords: string,
): ExportDiagnostic[] {
  if (scenario.rubric.passing.mode !== "none" || masteryScore !== null) return [];
  return [
    {
      code: "no-passing-rule",
      severity: "info",
      message: `the scenario has no passing rule, so the LMS will record ${statusWords}, never passed or failed`,
    },
  ];
}

/** A SCORM 1.2 package: one SCO, the player with the SCORM 1.2 tracker, the XSDs at the root. */
export const scorm12Exporter: Exporter<Scorm12Options> = {
  id: "scorm12",
  label: "SCORM 1.2",
  version: "1.0.0",
  scenarioVersions: [SCENARIO_VERSION],
  options: Scorm12OptionsSchema,
  output: "zip",
  validate(scenario, options) {
    return [
      ...playableDiagnostics(scenario),
      ...passingRuleDiagnostics(
        scenario,
        options.masteryScore,
        "lesson_status completed or incomplete",
      ),
      ...suspendDiagnostics(scenario, SCORM12_SUSPEND_LIMIT, "SCORM 1.2"),
    ];
  },
  async build(scenario, options, context): Promise<ExportFiles> {
    const { SCORM12_SCHEMA_FILES } = await import("../schemas/scorm12-schema-files");
    const files = playerPackageFiles({
      scenario,
      context,
      tracker: "scorm12",
      trackerOptions: {
        commit: options.commit,
        masteryScore: options.masteryScore,
        decisions: decisionKeys(scenario),
      },
      ...(options.title ? { title: options.title } : {}),
    });
    const manifest = scorm12Manifest({
      identifier: manifestIdentifier(options.identifier, scenario),
      title: options.title || scenario.meta.title,
      masteryScore: options.masteryScore,
      launch: LAUNCH_FILE,
      files: [...files.keys()].sort(),
    });
    files.set("imsmanifest.xml", utf8(manifest));
    for (const [name, text] of Object.entries(SCORM12_SCHEMA_FILES)) files.set(name, utf8(text));
    return files;
  },
};
