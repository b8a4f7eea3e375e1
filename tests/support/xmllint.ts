import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export interface XmllintResult {
  /** 0 valid, 1 not well-formed, 3 invalid, 4/5 the schema failed to load. */
  rc: number;
  stderr: string;
}

/** `xmllint --noout --nonet [--schema <schema>] <file>`, judged by exit code. */
export function xmllint(file: string, schema?: string): XmllintResult {
  const args = ["--noout", "--nonet", ...(schema ? ["--schema", schema] : []), file];
  const run = spawnSync("xmllint", args, { encoding: "utf8" });
  return { rc: run.status ?? -1, stderr: run.stderr };
}

/** Writes files to a fresh temp folder; returns it and a cleanup. */
export function writeTemp(files: ReadonlyMap<string, Uint8Array>): {
  dir: string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), "forkline-export-"));
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A driver that imports the SCORM 2004 namespaces from the package's own root copies. */
export const PACKAGE_ROOT_2004_DRIVER = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified">
  <xs:import namespace="http://www.imsglobal.org/xsd/imscp_v1p1" schemaLocation="imscp_v1p1.xsd"/>
  <xs:import namespace="http://www.adlnet.org/xsd/adlcp_v1p3" schemaLocation="adlcp_v1p3.xsd"/>
  <xs:import namespace="http://www.adlnet.org/xsd/adlseq_v1p3" schemaLocation="adlseq_v1p3.xsd"/>
  <xs:import namespace="http://www.adlnet.org/xsd/adlnav_v1p3" schemaLocation="adlnav_v1p3.xsd"/>
  <xs:import namespace="http://www.imsglobal.org/xsd/imsss" schemaLocation="imsss_v1p0.xsd"/>
</xs:schema>
`;

export function writeText(path: string, text: string): void {
  writeFileSync(path, text);
}
