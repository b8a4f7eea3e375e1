import { describe, expect, it } from "vitest";
import { SCENARIO_VERSION } from "../../schema/scenario";
import { checkMigrationRegistry, migrateScenarioData } from "./migrate-scenario-data";
import { SCENARIO_MIGRATIONS } from "./registry";
import type { ScenarioMigration } from "./scenario-migration";

/** A stand-in for a real step: version 0 called the title `name`. */
const v0ToV1: ScenarioMigration = {
  from: 0,
  to: 1,
  description: "meta.name became meta.title",
  migrate(data) {
    const meta = data.meta as Record<string, unknown>;
    meta.title = meta.name;
    delete meta.name;
    return data;
  },
};

const v1ToV2: ScenarioMigration = {
  from: 1,
  to: 2,
  description: "tags are lower case",
  migrate(data) {
    const meta = data.meta as { tags: string[] };
    meta.tags = meta.tags.map((t) => t.toLowerCase());
    return data;
  },
};

describe("the migration registry", () => {
  it("has no gaps or duplicate steps, and ends at the current version", () => {
    expect(checkMigrationRegistry(SCENARIO_MIGRATIONS)).toEqual([]);
    const last = SCENARIO_MIGRATIONS[SCENARIO_MIGRATIONS.length - 1];
    expect(last === undefined || last.to === SCENARIO_VERSION).toBe(true);
  });

  it("spots a registry with gaps, duplicates or jumps", () => {
    expect(checkMigrationRegistry([v0ToV1, v0ToV1])).toEqual(["two steps start from version 0"]);
    expect(checkMigrationRegistry([{ ...v1ToV2, to: 3 }])).toEqual([
      "step v1-to-v3 must go up exactly one version",
    ]);
  });
});

describe("migrateScenarioData", () => {
  const v0 = {
    format: "forkline.scenario",
    version: 0,
    meta: { id: "a", name: "Refund", tags: ["Tone"] },
  };

  it("applies one step and sets the version", () => {
    const out = migrateScenarioData(v0, 0, { migrations: [v0ToV1], target: 1 });
    expect(out).toMatchObject({
      ok: true,
      data: { version: 1, meta: { id: "a", title: "Refund" } },
    });
    if (out.ok) expect(out.data.meta).not.toHaveProperty("name");
  });

  it("chains steps in order", () => {
    const out = migrateScenarioData(v0, 0, { migrations: [v1ToV2, v0ToV1], target: 2 });
    expect(out).toMatchObject({
      ok: true,
      data: { version: 2, meta: { title: "Refund", tags: ["tone"] } },
    });
    if (out.ok) expect(out.applied.map((m) => m.from)).toEqual([0, 1]);
  });

  it("never mutates its input", () => {
    const before = JSON.stringify(v0);
    migrateScenarioData(v0, 0, { migrations: [v0ToV1], target: 1 });
    expect(JSON.stringify(v0)).toBe(before);
  });

  it("says when no step starts from a version", () => {
    const out = migrateScenarioData(v0, 0, { migrations: [v1ToV2], target: 2 });
    expect(out).toEqual({
      ok: false,
      message: "version 0 is too old to read: this build migrates files from version 1 up to 2",
    });
  });

  it("names the step that failed", () => {
    const broken: ScenarioMigration = {
      ...v0ToV1,
      migrate: () => {
        throw new Error("no meta");
      },
    };
    const out = migrateScenarioData(v0, 0, { migrations: [broken], target: 1 });
    expect(out).toEqual({
      ok: false,
      message: "migrating from version 0 to 1 (meta.name became meta.title) failed: no meta",
    });
  });
});
