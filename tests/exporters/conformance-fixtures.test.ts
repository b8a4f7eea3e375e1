import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCmi5CourseStructure, checkScormManifest } from "../../exporters";
import { conformancePath } from "../support/conformance-dir";

const errorsOf = (findings: { code: string; severity: string }[]) =>
  findings.filter((f) => f.severity === "error").map((f) => f.code);

function manifestsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(dir, d.name, "imsmanifest.xml"));
}

describe("SCORM manifest checker", () => {
  const good = [
    ...manifestsUnder(conformancePath("reference-manifests/scorm12/golf")),
    ...manifestsUnder(conformancePath("reference-manifests/scorm2004/golf")),
    ...manifestsUnder(conformancePath("reference-manifests/scorm2004/adl-cts")),
  ];

  it("passes every known-good reference manifest", () => {
    expect(good.length).toBeGreaterThan(190);
    const failures = good
      .map((path) => ({
        path,
        errors: errorsOf(checkScormManifest(readFileSync(path, "utf8")).findings),
      }))
      .filter((r) => r.errors.length > 0);
    expect(failures).toEqual([]);
  });

  // Each negative fixture, with the rule it breaks. The fixtures ship without their
  // content files, so the package's file list is the fixture folder itself.
  const negative: Record<string, string> = {
    "CM-01-broken-default-org": "default-organization",
    InvalidFileReferences_SCORM12: "file-missing",
    InvalidMissingOrgIdentifier_SCORM20043rdEdition: "missing-attribute",
    ItemWithNonExistentResourceId_SCORM12: "identifierref-unresolved",
    MalformedXml_SCORM12: "xml-malformed",
    MissingLaunchUrl_SCORM12: "launch-href-missing",
    MissingRequiredFields_SCORM12: "organization-title",
    PrerequisitesTest_SCORM12: "element-name-case",
  };
  for (const [name, code] of Object.entries(negative)) {
    it(`rejects ${name} (${code})`, () => {
      const dir = conformancePath("reference-manifests/negative", name);
      const files = new Set(readdirSync(dir));
      const xml = readFileSync(join(dir, "imsmanifest.xml"), "utf8");
      expect(errorsOf(checkScormManifest(xml, { files }).findings)).toContain(code);
      // Without the file list, only the file rule goes quiet: the others do not depend on it.
      if (code !== "file-missing") {
        expect(errorsOf(checkScormManifest(xml).findings)).toContain(code);
      }
    });
  }

  it("covers every negative fixture in the kit", () => {
    expect(readdirSync(conformancePath("reference-manifests/negative")).sort()).toEqual(
      Object.keys(negative).sort(),
    );
  });
});

describe("cmi5 course structure checker", () => {
  const validDir = conformancePath("reference-manifests/cmi5/catapult-valid");
  const aiccDir = conformancePath("reference-manifests/cmi5/aicc-spec-examples");
  const good = [
    ...readdirSync(validDir).map((n) => join(validDir, n)),
    ...readdirSync(aiccDir).map((n) => join(aiccDir, n)),
  ];

  it("passes every known-good course structure", () => {
    const failures = good
      .map((path) => {
        const xml = readFileSync(path, "utf8");
        // CATAPULT ships these with their content in a zip, so relative URLs are fine.
        return { path, errors: errorsOf(checkCmi5CourseStructure(xml, { inZip: true })) };
      })
      .filter((r) => r.errors.length > 0);
    expect(failures).toEqual([]);
  });

  const rejectDir = conformancePath("reference-manifests/cmi5/catapult-must-reject");
  // How CATAPULT delivers each case: 202-x are bare XML files (no zip), 203-1 is a zip
  // without the file its AU names; the others break rules that hold in any delivery.
  const cases: Record<string, { code: string; inZip: boolean; files?: string[] }> = {
    "201-1-iris-course-id": { code: "id-not-iri", inZip: true },
    "201-2-iris-block-id": { code: "id-not-iri", inZip: true },
    "201-3-iris-au-id": { code: "id-not-iri", inZip: true },
    "201-4-iris-objective-id": { code: "id-not-iri", inZip: true },
    "202-1-relative-url-no-zip": { code: "relative-url-outside-zip", inZip: false },
    "202-2-relative-url-no-zip": { code: "relative-url-outside-zip", inZip: false },
    "202-3-relative-url-no-zip": { code: "relative-url-outside-zip", inZip: false },
    "202-4-relative-url-no-zip": { code: "relative-url-outside-zip", inZip: false },
    "202-5-relative-url-no-zip": { code: "relative-url-outside-zip", inZip: false },
    "203-1-relative-url-no-reference": { code: "file-missing", inZip: true, files: ["cmi5.xml"] },
    "204-query-string-conflict-endpoint": { code: "launch-parameter-in-url", inZip: true },
    "205-1-duplicated-block": { code: "duplicate-id", inZip: true },
    "205-2-duplicated-objective": { code: "duplicate-id", inZip: true },
    "205-3-duplicated-au": { code: "duplicate-id", inZip: true },
    "206-1-invalid-au-url": { code: "au-url-invalid", inZip: true },
    "207-1-invalid-courseStructure": { code: "au-url-invalid", inZip: true },
  };
  it("covers every must-reject fixture in the kit", () => {
    expect(
      readdirSync(rejectDir)
        .map((n) => n.replace(/\.cmi5\.xml$/, ""))
        .sort(),
    ).toEqual(Object.keys(cases).sort());
  });
  for (const [name, c] of Object.entries(cases)) {
    it(`rejects ${name} (${c.code})`, () => {
      const xml = readFileSync(join(rejectDir, `${name}.cmi5.xml`), "utf8");
      const findings = checkCmi5CourseStructure(xml, {
        inZip: c.inZip,
        files: c.files ? new Set(c.files) : null,
      });
      expect(errorsOf(findings)).toContain(c.code);
    });
  }
});
