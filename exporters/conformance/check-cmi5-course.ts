import type { Element } from "@xmldom/xmldom";
import { isAbsoluteIri } from "../package/iri";
import { normalizePath } from "./check-scorm-manifest";
import type { ConformanceFinding } from "./conformance-finding";
import { allElements, parseXml, textOf } from "./parse-xml";

export const CMI5_COURSE_NS = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";

export const CMI5_MOVE_ON = [
  "Passed",
  "Completed",
  "CompletedAndPassed",
  "CompletedOrPassed",
  "NotApplicable",
] as const;
export const CMI5_LAUNCH_METHODS = ["AnyWindow", "OwnWindow"] as const;
/** Names the LMS appends to the AU's launch URL; an AU URL must not use them itself. */
export const CMI5_LAUNCH_PARAMETERS = ["endpoint", "fetch", "actor", "registration", "activityId"];

export interface Cmi5CourseCheckOptions {
  /** The course structure ships inside a zip with its files (relative AU URLs allowed). */
  inZip: boolean;
  /** Paths of the files in the zip; when given, relative AU URLs must name one of them. */
  files?: ReadonlySet<string> | null;
}

/** cmi5 course-structure rules that CourseStructure.xsd does not catch (cmi5 sections 13 and 14). */
export function checkCmi5CourseStructure(
  xml: string,
  options: Cmi5CourseCheckOptions,
): ConformanceFinding[] {
  const findings: ConformanceFinding[] = [];
  const error = (code: string, message: string) =>
    findings.push({ code, severity: "error", message });
  const parsed = parseXml(xml);
  if (!parsed.ok) {
    error("xml-malformed", `cmi5.xml is not well-formed XML: ${parsed.error}`);
    return findings;
  }
  const root = parsed.doc.documentElement!;
  if (root.localName !== "courseStructure" || root.namespaceURI !== CMI5_COURSE_NS) {
    error("course-root", `the root element must be <courseStructure> in ${CMI5_COURSE_NS}`);
    return findings;
  }
  const elements = allElements(root).filter((el) => el.namespaceURI === CMI5_COURSE_NS);
  const named = (name: string) => elements.filter((el) => el.localName === name);
  const courses = named("course");
  if (courses.length !== 1)
    error("course", `a course structure has exactly one <course>, found ${courses.length}`);
  if (named("au").length === 0) error("au", "the course has no <au>");

  const ids = new Map<string, string>();
  const objectiveIds = new Set<string>();
  for (const el of elements) {
    const kind = el.localName ?? "";
    if (!["course", "block", "au", "objective"].includes(kind) || !el.hasAttribute("id")) continue;
    const id = el.getAttribute("id") ?? "";
    if (!isAbsoluteIri(id)) error("id-not-iri", `${kind} id "${id}" is not an absolute IRI`);
    const previous = ids.get(id);
    if (previous) error("duplicate-id", `${kind} id "${id}" is already used by a ${previous}`);
    ids.set(id, kind);
    if (kind === "objective") objectiveIds.add(id);
  }
  for (const el of named("objective").filter((o) => o.hasAttribute("idref"))) {
    const ref = el.getAttribute("idref") ?? "";
    if (!objectiveIds.has(ref))
      error("objective-ref-unresolved", `objective idref "${ref}" names no objective`);
  }

  for (const au of named("au")) {
    const id = au.getAttribute("id") ?? "";
    checkAuAttributes(au, id, error);
    const urlEl = elements.find((el) => el.localName === "url" && el.parentNode === au);
    checkAuUrl(textOf(urlEl), id, options, error);
  }
  return findings;
}

function checkAuAttributes(
  au: Element,
  id: string,
  error: (code: string, message: string) => void,
) {
  const moveOn = au.getAttribute("moveOn");
  if (moveOn !== null && !(CMI5_MOVE_ON as readonly string[]).includes(moveOn)) {
    error("move-on", `au "${id}": moveOn "${moveOn}" is not one of ${CMI5_MOVE_ON.join(", ")}`);
  }
  const mastery = au.getAttribute("masteryScore");
  if (mastery !== null && !isMasteryScore(mastery)) {
    error(
      "mastery-score",
      `au "${id}": masteryScore "${mastery}" is not a decimal from 0 to 1 with at most 4 places`,
    );
  }
  const method = au.getAttribute("launchMethod");
  if (method !== null && !(CMI5_LAUNCH_METHODS as readonly string[]).includes(method)) {
    error("launch-method", `au "${id}": launchMethod "${method}" is not AnyWindow or OwnWindow`);
  }
}

export function isMasteryScore(value: string): boolean {
  if (!/^(?:0(?:\.\d{1,4})?|1(?:\.0{1,4})?|\.\d{1,4})$/.test(value.trim())) return false;
  const n = Number(value);
  return n >= 0 && n <= 1;
}

function checkAuUrl(
  url: string,
  id: string,
  options: Cmi5CourseCheckOptions,
  error: (code: string, message: string) => void,
) {
  if (!url) {
    error("au-url", `au "${id}" has no url`);
    return;
  }
  if (/[\s<>"{}|\\^`]/.test(url)) {
    error("au-url-invalid", `au "${id}": url "${url}" is not a valid URL`);
    return;
  }
  const absolute = /^[A-Za-z][A-Za-z0-9+.-]*:/.test(url);
  let query = "";
  if (absolute) {
    try {
      const parsed = new URL(url);
      if (!parsed.hostname) throw new Error("no host");
      query = parsed.search;
    } catch {
      error("au-url-invalid", `au "${id}": url "${url}" is not a valid URL`);
      return;
    }
  } else {
    if (!options.inZip) {
      error(
        "relative-url-outside-zip",
        `au "${id}": relative url "${url}" is only allowed inside a zip package`,
      );
    } else if (url.startsWith("/") || url.startsWith("..")) {
      error("au-url-invalid", `au "${id}": url "${url}" must be relative to the package root`);
    } else if (options.files && !options.files.has(normalizePath(url))) {
      error("file-missing", `au "${id}": url "${url}" names no file in the package`);
    }
    query = url.includes("?") ? url.slice(url.indexOf("?")) : "";
  }
  const names = new URLSearchParams(query.replace(/#.*$/s, "")).keys();
  for (const name of names) {
    if (CMI5_LAUNCH_PARAMETERS.includes(name)) {
      error(
        "launch-parameter-in-url",
        `au "${id}": url uses the launch parameter name "${name}" in its query string`,
      );
    }
  }
}
