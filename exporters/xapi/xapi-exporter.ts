import { SCENARIO_VERSION, type Scenario } from "../../core";
import type { ExportDiagnostic, Exporter, ExportFiles } from "../contract";
import { playableDiagnostics } from "../package/common-diagnostics";
import { decisionKeys } from "../package/decision-keys";
import { isAbsoluteIri, joinIri } from "../package/iri";
import { LAUNCH_FILE, playerPackageFiles } from "../package/player-package";
import { utf8 } from "../package/utf8";
import { tincanXml } from "./tincan-xml";
import { PLACEHOLDER_IRI_BASE, type XapiOptions, XapiOptionsSchema } from "./xapi-options";

export function iriDiagnostics(name: string, value: string): ExportDiagnostic[] {
  if (!isAbsoluteIri(value)) {
    return [
      {
        code: "invalid-iri",
        severity: "error",
        message: `${name} "${value}" is not an absolute IRI (for example https://learning.example.com/forkline)`,
      },
    ];
  }
  if (value.startsWith(PLACEHOLDER_IRI_BASE)) {
    return [
      {
        code: "placeholder-iri",
        severity: "warning",
        message: `${name} uses the placeholder ${PLACEHOLDER_IRI_BASE}; set an IRI your organisation controls so statements from different exports stay apart`,
      },
    ];
  }
  return [];
}

export function xapiActivityId(scenario: Scenario, base: string): string {
  return joinIri(base, scenario.meta.id);
}

/** An xAPI (TinCan) package: tincan.xml and the player with the xAPI tracker. */
export const xapiExporter: Exporter<XapiOptions> = {
  id: "xapi",
  label: "xAPI (TinCan package)",
  version: "1.0.0",
  scenarioVersions: [SCENARIO_VERSION],
  options: XapiOptionsSchema,
  output: "zip",
  validate(scenario, options) {
    return [
      ...playableDiagnostics(scenario),
      ...iriDiagnostics("activity id base", options.activityIdBase),
    ];
  },
  build(scenario, options, context): ExportFiles {
    const activityId = xapiActivityId(scenario, options.activityIdBase);
    const files = playerPackageFiles({
      scenario,
      context,
      tracker: "xapi",
      trackerOptions: {
        activityId,
        extensionBase: `${activityId}/extensions`,
        decisions: decisionKeys(scenario),
      },
      ...(options.title ? { title: options.title } : {}),
    });
    files.set(
      "tincan.xml",
      utf8(
        tincanXml({
          activityId,
          title: options.title || scenario.meta.title,
          description: scenario.meta.summary || scenario.meta.title,
          language: scenario.meta.language,
          launch: LAUNCH_FILE,
        }),
      ),
    );
    return files;
  },
};
