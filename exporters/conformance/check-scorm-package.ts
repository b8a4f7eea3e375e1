import type { ExportFiles } from "../contract";
import { fromUtf8 } from "../package/utf8";
import { SCORM12_SCHEMA_NAMES, SCORM2004_SCHEMA_NAMES } from "../schemas/schema-file-names";
import { checkScormManifest, normalizePath, type ScormVersion } from "./check-scorm-manifest";
import type { ConformanceFinding } from "./conformance-finding";
import { allElements, parseXml } from "./parse-xml";

/**
 * Checks a whole SCORM package (the unzipped files): the manifest rules, the
 * manifest at the root, the schema files SCORM asks every package to carry at
 * its root, and that every file in the package is listed in the manifest.
 */
export function checkScormPackage(files: ExportFiles, version: ScormVersion): ConformanceFinding[] {
  const manifest = files.get("imsmanifest.xml");
  if (!manifest) {
    const nested = [...files.keys()].find((p) => p.endsWith("/imsmanifest.xml"));
    return [
      {
        code: "manifest-not-at-root",
        severity: "error",
        message: nested
          ? `imsmanifest.xml must be at the package root, found ${nested}`
          : "the package has no imsmanifest.xml",
      },
    ];
  }
  const xml = fromUtf8(manifest);
  const { findings } = checkScormManifest(xml, { files: new Set(files.keys()), version });
  const schemaFiles: readonly string[] =
    version === "scorm12" ? SCORM12_SCHEMA_NAMES : SCORM2004_SCHEMA_NAMES;
  for (const name of schemaFiles) {
    if (!files.has(name)) {
      findings.push({
        code: "schema-file-missing",
        severity: "error",
        message: `${name} must ship at the package root`,
      });
    }
  }
  const parsed = parseXml(xml);
  if (parsed.ok) {
    const listed = new Set<string>();
    for (const el of allElements(parsed.doc.documentElement!)) {
      if (el.localName === "file" && el.getAttribute("href"))
        listed.add(normalizePath(el.getAttribute("href")!));
    }
    for (const path of files.keys()) {
      if (path === "imsmanifest.xml" || schemaFiles.includes(path) || listed.has(path)) continue;
      findings.push({
        code: "file-not-listed",
        severity: "warning",
        message: `${path} is in the package but no <file> lists it`,
      });
    }
  }
  return findings;
}
