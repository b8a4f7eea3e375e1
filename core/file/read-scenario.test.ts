import { describe, expect, it } from "vitest";
import { aConnectedScenario } from "../../tests/factories/scenario";
import { SCENARIO_VERSION } from "../schema/scenario";
import type { ScenarioMigration } from "./migrations/scenario-migration";
import { parseScenarioOrThrow, readScenario, ScenarioReadError } from "./read-scenario";
import { writeScenario } from "./write-scenario";

const valid = () => JSON.parse(writeScenario(aConnectedScenario()));

describe("readScenario", () => {
  it("reads a JSON string and an already parsed value alike", () => {
    const text = writeScenario(aConnectedScenario());
    const fromText = readScenario(text);
    const fromValue = readScenario(JSON.parse(text));
    expect(fromText).toMatchObject({ ok: true, migratedFrom: null });
    expect(fromValue).toEqual(fromText);
  });

  it("fills defaults a file may omit", () => {
    const data = valid();
    delete data.nodes[0].label;
    delete data.settings.retry;
    const result = readScenario(data);
    if (!result.ok) throw new Error("expected ok");
    expect(result.scenario.settings.retry).toEqual({ policy: "limited", maxRetries: 3 });
  });

  it("accepts a byte-order mark", () => {
    expect(readScenario(`\uFEFF${writeScenario(aConnectedScenario())}`).ok).toBe(true);
  });

  it("gives the line and column of a JSON syntax error", () => {
    const result = readScenario('{\n  "format": "forkline.scenario",\n  "version": 1,,\n}');
    expect(result).toEqual({
      ok: false,
      errors: [{ path: "", message: expect.stringContaining("line 3, column 16") }],
    });
  });

  it("refuses something that is not a scenario", () => {
    expect(readScenario("[1, 2]")).toMatchObject({ ok: false, errors: [{ path: "" }] });
    const missing = readScenario({ version: 1 });
    expect(missing).toMatchObject({ ok: false, errors: [{ path: "format" }] });
    const other = readScenario({ format: "twine", version: 1 });
    expect(other.ok ? "" : other.errors[0]!.message).toContain('found "twine"');
  });

  it("refuses a newer version with a clear message", () => {
    const data = { ...valid(), version: SCENARIO_VERSION + 2 };
    expect(readScenario(data)).toEqual({
      ok: false,
      errors: [
        {
          path: "version",
          message: expect.stringContaining(
            `written by a newer Forkline: version ${SCENARIO_VERSION + 2}, this build reads up to ${SCENARIO_VERSION}`,
          ),
        },
      ],
    });
  });

  it("refuses a version that is not a whole number", () => {
    expect(readScenario({ ...valid(), version: "1" })).toMatchObject({
      ok: false,
      errors: [{ path: "version", message: 'must be a whole number, found "1"' }],
    });
  });

  it("names the JSON path and the node of every schema error", () => {
    const data = valid();
    const choice = data.nodes.findIndex((n: { id: string }) => n.id === "choice");
    data.nodes[choice].options[0].quality = "great";
    delete data.meta.title;
    const result = readScenario(data);
    if (result.ok) throw new Error("expected errors");
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { path: "meta.title", message: "is required (text)" },
        {
          path: `nodes[${choice}].options[0].quality`,
          message: 'must be one of "strong", "mixed", "weak", found "great" (node "choice")',
        },
      ]),
    );
  });

  it("reports an unknown node kind by its discriminator", () => {
    const data = valid();
    data.nodes[0].kind = "video";
    const result = readScenario(data);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(["nodes[0].kind"]);
    expect(result.ok ? "" : result.errors[0]!.message).toContain('unknown kind "video"');
  });

  it("reports scenario-wide rules such as duplicate ids", () => {
    const data = valid();
    data.edges[1].id = data.edges[0].id;
    const result = readScenario(data);
    expect(result).toMatchObject({
      ok: false,
      errors: [{ path: "edges[1].id", message: expect.stringContaining("duplicate edge") }],
    });
  });

  it("never mutates its input", () => {
    const data = valid();
    const before = JSON.stringify(data);
    readScenario(data);
    readScenario({ ...data, version: 0 }, { migrations: [renameTitle] });
    expect(JSON.stringify(data)).toBe(before);
  });

  const renameTitle: ScenarioMigration = {
    from: 0,
    to: 1,
    description: "meta.name became meta.title",
    migrate(d) {
      const meta = d.meta as Record<string, unknown>;
      meta.title = meta.name;
      delete meta.name;
      return d;
    },
  };

  it("migrates an older file with the registry it is given and says from which version", () => {
    const data = valid();
    data.version = 0;
    data.meta.name = data.meta.title;
    delete data.meta.title;
    const result = readScenario(data, { migrations: [renameTitle] });
    expect(result).toMatchObject({ ok: true, migratedFrom: 0 });
    if (result.ok) expect(result.scenario.meta.title).toBe("Test scenario");
  });

  it("refuses an older version nothing migrates", () => {
    const result = readScenario({ ...valid(), version: 0 });
    expect(result).toMatchObject({
      ok: false,
      errors: [{ path: "version", message: expect.stringContaining("too old") }],
    });
  });
});

describe("parseScenarioOrThrow", () => {
  it("returns the scenario or throws every error with its path", () => {
    expect(parseScenarioOrThrow(valid()).meta.id).toBe("test-scenario");
    const bad = { ...valid(), meta: { id: "x y" } };
    expect(() => parseScenarioOrThrow(bad)).toThrow(ScenarioReadError);
    expect(() => parseScenarioOrThrow(bad)).toThrow(/meta\.id: ids use letters/);
  });
});
