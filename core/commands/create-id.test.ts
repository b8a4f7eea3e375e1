import { describe, expect, it } from "vitest";
import { IdSchema } from "../schema/ids";
import { createId } from "./create-id";

describe("createId", () => {
  it("makes valid, prefixed, distinct ids", () => {
    const ids = new Set(Array.from({ length: 20_000 }, () => createId("opt")));
    expect(ids.size).toBe(20_000);
    for (const id of [...ids].slice(0, 100)) {
      expect(id).toMatch(/^opt_[0-9a-z]{12}$/);
      expect(IdSchema.safeParse(id).success).toBe(true);
    }
  });

  it("draws again while an id is taken", () => {
    let calls = 0;
    const id = createId("edge", () => ++calls < 3);
    expect(calls).toBe(3);
    expect(id.startsWith("edge_")).toBe(true);
  });
});
