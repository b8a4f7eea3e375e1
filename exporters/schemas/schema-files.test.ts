import { describe, expect, it } from "vitest";
import { SCORM12_SCHEMA_NAMES, SCORM2004_SCHEMA_NAMES } from "./schema-file-names";
import { SCORM12_SCHEMA_FILES } from "./scorm12-schema-files";
import { SCORM2004_SCHEMA_FILES } from "./scorm2004-schema-files";

describe("embedded schema files", () => {
  it("are exactly the files the name lists promise", () => {
    expect(Object.keys(SCORM12_SCHEMA_FILES).sort()).toEqual([...SCORM12_SCHEMA_NAMES].sort());
    expect(Object.keys(SCORM2004_SCHEMA_FILES).sort()).toEqual([...SCORM2004_SCHEMA_NAMES].sort());
  });

  it("keep their CRLF line ends (byte-for-byte copies; checksums are checked in tests/exporters)", () => {
    for (const text of [
      ...Object.values(SCORM12_SCHEMA_FILES),
      ...Object.values(SCORM2004_SCHEMA_FILES),
    ]) {
      expect(text).toContain("\r\n");
    }
  });
});
