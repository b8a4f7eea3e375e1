import { SCENARIO_VERSION, type Scenario } from "../../core";
import type { ExportDiagnostic, Exporter, ExportFiles } from "../contract";
import { playableDiagnostics } from "../package/common-diagnostics";
import { decisionKeys } from "../package/decision-keys";
import { joinIri } from "../package/iri";
import { LAUNCH_FILE, playerPackageFiles } from "../package/player-package";
import { utf8 } from "../package/utf8";
import { iriDiagnostics } from "../xapi/xapi-exporter";
import { PLACEHOLDER_IRI_BASE } from "../xapi/xapi-options";
import { type Cmi5Options, Cmi5OptionsSchema } from "./cmi5-options";
import { cmi5CourseXml } from "./cmi5-xml";

export function cmi5CourseId(scenario: Scenario, options: Cmi5Options): string {
  return options.courseId || joinIri(`${PLACEHOLDER_IRI_BASE}/cmi5/courses`, scenario.meta.id);
}

/** What "auto" means: move on by passing when anything can decide passing, else by completing. */
export function resolveMoveOn(scenario: Scenario, options: Cmi5Options): string {
  if (options.moveOn !== "auto") return options.moveOn;
  return scenario.rubric.passing.mode !== "none" || options.masteryScore !== null
    ? "Passed"
    : "Completed";
}

function moveOnDiagnostics(scenario: Scenario, options: Cmi5Options): ExportDiagnostic[] {
  const out: ExportDiagnostic[] = [];
  const moveOn = resolveMoveOn(scenario, options);
  const canJudge =
    scenario.rubric.passing.mode !== "none" ||
    options.masteryScore !== null ||
    scenario.nodes.some((n) => n.kind === "ending" && n.lms.success !== "by-rubric");
  if ((moveOn === "Passed" || moveOn === "CompletedAndPassed") && !canJudge) {
    out.push({
      code: "move-on-unreachable",
      severity: "error",
      message: `moveOn ${moveOn} needs a pass, but the scenario has no passing rule, no mastery score and no ending that forces a pass: learners could never move on`,
    });
  }
  if (options.masteryScore !== null && scenario.rubric.passing.mode !== "none") {
    out.push({
      code: "mastery-overrides-rubric",
      severity: "info",
      message:
        "with a mastery score, passed or failed follows score.scaled and not the scenario's passing rule (cmi5 requires it)",
    });
  }
  return out;
}

/** A cmi5 package: cmi5.xml at the root and the player as an Assignable Unit. */
export const cmi5Exporter: Exporter<Cmi5Options> = {
  id: "cmi5",
  label: "cmi5",
  version: "1.0.0",
  scenarioVersions: [SCENARIO_VERSION],
  options: Cmi5OptionsSchema,
  output: "zip",
  validate(scenario, options) {
    return [
      ...playableDiagnostics(scenario),
      ...iriDiagnostics("course id", cmi5CourseId(scenario, options)),
      ...moveOnDiagnostics(scenario, options),
    ];
  },
  build(scenario, options, context): ExportFiles {
    const courseId = cmi5CourseId(scenario, options);
    const files = playerPackageFiles({
      scenario,
      context,
      tracker: "cmi5",
      trackerOptions: {
        extensionBase: `${courseId}/extensions`,
        decisions: decisionKeys(scenario),
      },
      ...(options.title ? { title: options.title } : {}),
    });
    const title = options.title || scenario.meta.title;
    const xml = cmi5CourseXml({
      courseId,
      auId: `${courseId}/au`,
      title,
      description: scenario.meta.summary || title,
      language: scenario.meta.language,
      moveOn: resolveMoveOn(scenario, options),
      masteryScore: options.masteryScore,
      launchMethod: options.launchMethod,
      url: LAUNCH_FILE,
      objectives: scenario.rubric.dimensions.map((d) => ({
        id: `${courseId}/objectives/${encodeURIComponent(d.id)}`,
        title: d.label,
        description: d.label,
      })),
    });
    files.set("cmi5.xml", utf8(xml));
    return files;
  },
};
