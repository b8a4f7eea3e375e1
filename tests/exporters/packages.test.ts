import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readScenario, type Scenario } from "../../core";
import {
  BUILTIN_EXPORTERS,
  checkCmi5CourseStructure,
  checkScormPackage,
  isAbsoluteIri,
} from "../../exporters";
import { conformancePath } from "../support/conformance-dir";
import { exportPackage } from "../support/export-package";
import { exportFixture } from "../support/export-scenario";
import { templateScenarios } from "../support/templates";
import { PACKAGE_ROOT_2004_DRIVER, writeTemp, writeText, xmllint } from "../support/xmllint";

const errors = (findings: { severity: string; code: string; message: string }[]) =>
  findings.filter((f) => f.severity === "error").map((f) => `${f.code}: ${f.message}`);
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** Checksums published with the conformance kit, for the schema files packages must carry unchanged. */
const KIT_SUMS = new Map(
  readFileSync(conformancePath("SHA256SUMS"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [sum, path] = line.split(/\s+/);
      return [path!.replace(/^\.\//, ""), sum!] as const;
    }),
);

const fixtures: { name: string; scenario: Scenario; assets: Map<string, Uint8Array> }[] = [
  { name: "fixture", ...exportFixture({ withImage: true }) },
  { name: "fixture-no-passing-rule", ...exportFixture({ passing: false, id: "no-rule" }) },
  { name: "hostile", ...exportFixture({ hostile: true, withImage: true }) },
  ...templateScenarios().map((t) => ({ ...t, assets: new Map<string, Uint8Array>() })),
];

describe.each(fixtures)("every exporter: $name", ({ scenario, assets }) => {
  it("builds byte-identical output twice", async () => {
    for (const exporter of BUILTIN_EXPORTERS) {
      const a = await exportPackage(exporter.id, scenario, assets);
      const b = await exportPackage(exporter.id, scenario, assets);
      expect(a.output.fileName).toBe(b.output.fileName);
      expect(
        Buffer.compare(Buffer.from(a.output.bytes), Buffer.from(b.output.bytes)),
        exporter.id,
      ).toBe(0);
    }
  });

  it("json: importing the export restores the scenario exactly", async () => {
    const { output } = await exportPackage("json", scenario, assets);
    const read = readScenario(text(output.bytes));
    expect(read.ok).toBe(true);
    // Nodes and edges are sets (the file lists them by id); everything else keeps its order.
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const sorted = (s: Scenario) => ({
      ...s,
      nodes: [...s.nodes].sort(byId),
      edges: [...s.edges].sort(byId),
    });
    if (read.ok) expect(sorted(read.scenario)).toEqual(sorted(scenario));
  });

  it("scorm12: the manifest validates against the XSDs it ships, and the project checker passes", async () => {
    const { unzipped } = await exportPackage("scorm12", scenario, assets);
    expect(errors(checkScormPackage(unzipped, "scorm12"))).toEqual([]);
    for (const name of [
      "adlcp_rootv1p2.xsd",
      "ims_xml.xsd",
      "imscp_rootv1p1p2.xsd",
      "imsmd_rootv1p2p1.xsd",
    ]) {
      const sum = createHash("sha256").update(unzipped.get(name)!).digest("hex");
      expect(sum, name).toBe(KIT_SUMS.get(`scorm12/${name}`));
    }
    const tmp = writeTemp(unzipped);
    try {
      const own = xmllint(join(tmp.dir, "imsmanifest.xml"), join(tmp.dir, "adlcp_rootv1p2.xsd"));
      expect(own.rc, own.stderr).toBe(0);
      const kit = xmllint(
        join(tmp.dir, "imsmanifest.xml"),
        conformancePath("scorm12/adlcp_rootv1p2.xsd"),
      );
      expect(kit.rc, kit.stderr).toBe(0);
    } finally {
      tmp.cleanup();
    }
  });

  it("scorm2004: the manifest validates against the 4th Edition driver and the package's own schema files", async () => {
    const { unzipped } = await exportPackage("scorm2004", scenario, assets);
    expect(errors(checkScormPackage(unzipped, "scorm2004"))).toEqual([]);
    for (const [path, sum] of KIT_SUMS) {
      if (!/^scorm2004\/[^/]+$/.test(path)) continue;
      const name = path.slice("scorm2004/".length);
      expect(
        createHash("sha256")
          .update(unzipped.get(name) ?? new Uint8Array())
          .digest("hex"),
        name,
      ).toBe(sum);
    }
    const tmp = writeTemp(unzipped);
    try {
      const kit = xmllint(
        join(tmp.dir, "imsmanifest.xml"),
        conformancePath("drivers/scorm2004-4th.xsd"),
      );
      expect(kit.rc, kit.stderr).toBe(0);
      writeText(join(tmp.dir, "driver.xsd"), PACKAGE_ROOT_2004_DRIVER);
      const own = xmllint(join(tmp.dir, "imsmanifest.xml"), join(tmp.dir, "driver.xsd"));
      expect(own.rc, own.stderr).toBe(0);
    } finally {
      tmp.cleanup();
    }
  });

  it("cmi5: cmi5.xml validates against CourseStructure.xsd and the cmi5 rules", async () => {
    const { unzipped } = await exportPackage("cmi5", scenario, assets);
    const xml = text(unzipped.get("cmi5.xml"));
    expect(
      errors(checkCmi5CourseStructure(xml, { inZip: true, files: new Set(unzipped.keys()) })),
    ).toEqual([]);
    const tmp = writeTemp(unzipped);
    try {
      const result = xmllint(
        join(tmp.dir, "cmi5.xml"),
        conformancePath("cmi5/CourseStructure.xsd"),
      );
      expect(result.rc, result.stderr).toBe(0);
    } finally {
      tmp.cleanup();
    }
  });

  it("xapi: tincan.xml is well-formed, its activity id is an IRI and its launch file ships", async () => {
    const { unzipped } = await exportPackage("xapi", scenario, assets, {
      activityIdBase: "https://learning.example.com/forkline",
    });
    const tmp = writeTemp(unzipped);
    try {
      expect(xmllint(join(tmp.dir, "tincan.xml")).rc).toBe(0);
    } finally {
      tmp.cleanup();
    }
    const xml = text(unzipped.get("tincan.xml"));
    const id = /<activity id="([^"]+)"/.exec(xml)![1]!;
    expect(isAbsoluteIri(id)).toBe(true);
    const launch = /<launch[^>]*>([^<]+)<\/launch>/.exec(xml)![1]!;
    expect(unzipped.has(launch)).toBe(true);
  });

  it("html: one self-contained file with no outside references", async () => {
    const { output } = await exportPackage("html", scenario, assets);
    expect(output.fileName.endsWith(".html")).toBe(true);
    const html = text(output.bytes);
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)="(?!data:)/i);
    expect(html).toContain('id="forkline-scenario"');
  });

  it("html with singleFile off: a zip of the page, the player and the media, opening index.html", async () => {
    const { output, unzipped } = await exportPackage("html", scenario, assets, {
      singleFile: false,
    });
    expect(output.mimeType).toBe("application/zip");
    expect(unzipped.has("index.html")).toBe(true);
    expect(unzipped.has("forkline-player.js")).toBe(true);
    for (const asset of scenario.assets) {
      expect([...unzipped.keys()].some((p) => p.startsWith(`assets/${asset.id}.`))).toBe(true);
    }
  });

  it("learner packages leave designer notes out", async () => {
    const { unzipped } = await exportPackage("scorm2004", scenario, assets);
    const page = text(unzipped.get("index.html"));
    for (const note of scenario.nodes.filter((n) => n.kind === "note")) {
      expect(page).not.toContain(`"id":"${note.id}","kind":"note"`);
    }
  });
});

describe("hostile scenario text stays inert in the files", () => {
  const { scenario, assets } = exportFixture({ hostile: true, withImage: true });

  it("no page or manifest lets a </script> or markup out of its text", async () => {
    // The JSON export is the data itself (served as application/json, never as a page): it must keep the text exactly.
    for (const exporter of BUILTIN_EXPORTERS.filter((e) => e.id !== "json")) {
      const { unzipped } = await exportPackage(exporter.id, scenario, assets);
      for (const [path, bytes] of unzipped) {
        if (!/\.(html|xml|json)$/.test(path)) continue;
        const body = text(bytes);
        expect(body, `${exporter.id} ${path}`).not.toContain("<script>window.__pwned");
        expect(body, `${exporter.id} ${path}`).not.toContain("<img src=x");
      }
    }
  });

  it("XML manifests carry the hostile title as text, intact", async () => {
    const { unzipped } = await exportPackage("scorm12", scenario, assets);
    const tmp = writeTemp(unzipped);
    try {
      expect(
        xmllint(join(tmp.dir, "imsmanifest.xml"), join(tmp.dir, "adlcp_rootv1p2.xsd")).rc,
      ).toBe(0);
    } finally {
      tmp.cleanup();
    }
    const { DOMParser } = await import("@xmldom/xmldom");
    const doc = new DOMParser().parseFromString(text(unzipped.get("imsmanifest.xml")), "text/xml");
    const title = doc.getElementsByTagName("title")[0]!.textContent!;
    // Every character XML can carry survives; the NUL of "&#0;" in the source text was literal text, so it stays.
    expect(title).toBe(scenario.meta.title.slice(0, 200));
  });
});

describe("validate diagnostics", () => {
  it("warns when the longest path's suspend data would not fit SCORM 1.2", async () => {
    const { scenario } = exportFixture();
    const exporter = BUILTIN_EXPORTERS.find((e) => e.id === "scorm12")!;
    expect(
      exporter.validate(scenario, exporter.options.parse({}) as never).map((d) => d.code),
    ).not.toContain("suspend-data-too-long");
    // Ten chained reflections of free text, each answered with 200 characters, overflow 4,096.
    const long = exportFixture().scenario;
    const reflections = Array.from({ length: 25 }, (_, i) => ({
      id: `r${i}`,
      kind: "reflection" as const,
      position: { x: 0, y: i },
      label: "",
      phase: "mid" as const,
      reflectionKind: "text" as const,
      prompt: { type: "doc" as const, content: [] },
      scale: null,
    }));
    const big: Scenario = {
      ...long,
      settings: { ...long.settings, startNodeId: "r0" },
      nodes: [...long.nodes, ...reflections],
      edges: [
        ...long.edges,
        ...reflections.map((r, i) => ({
          id: `re${i}`,
          source: r.id,
          sourcePort: "next",
          target: i + 1 < reflections.length ? `r${i + 1}` : "pre",
        })),
      ],
    };
    const codes = exporter.validate(big, exporter.options.parse({}) as never).map((d) => d.code);
    expect(codes).toContain("suspend-data-too-long");
    const scorm2004 = BUILTIN_EXPORTERS.find((e) => e.id === "scorm2004")!;
    expect(
      scorm2004.validate(big, scorm2004.options.parse({}) as never).map((d) => d.code),
    ).not.toContain("suspend-data-too-long");
  });

  it("says what the LMS will record without a passing rule", () => {
    const { scenario } = exportFixture({ passing: false });
    const scorm12 = BUILTIN_EXPORTERS.find((e) => e.id === "scorm12")!;
    const d = scorm12
      .validate(scenario, scorm12.options.parse({}) as never)
      .find((x) => x.code === "no-passing-rule");
    expect(d?.message).toContain("completed or incomplete");
  });

  it("refuses invalid IRIs and a cmi5 moveOn no learner could reach", () => {
    const { scenario } = exportFixture({ passing: false });
    const xapi = BUILTIN_EXPORTERS.find((e) => e.id === "xapi")!;
    expect(
      xapi
        .validate(scenario, xapi.options.parse({ activityIdBase: "not an iri" }) as never)
        .map((d) => d.code),
    ).toContain("invalid-iri");
    const cmi5 = BUILTIN_EXPORTERS.find((e) => e.id === "cmi5")!;
    const codes = cmi5
      .validate(
        scenario,
        cmi5.options.parse({ courseId: "example.com/course", moveOn: "Passed" }) as never,
      )
      .map((d) => d.code);
    expect(codes).toContain("invalid-iri");
    expect(codes).toContain("move-on-unreachable");
  });

  it("reports a scenario without a start node as an error", () => {
    const { scenario } = exportFixture();
    const broken = { ...scenario, settings: { ...scenario.settings, startNodeId: null } };
    for (const exporter of BUILTIN_EXPORTERS.filter((e) => e.id !== "json")) {
      expect(
        exporter.validate(broken, exporter.options.parse({}) as never).map((d) => d.code),
        exporter.id,
      ).toContain("no-start-node");
    }
  });
});
