import { describe, expect, it } from "vitest";
import { Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { decodeAwarenessEntries, encodeAwarenessEntries } from "./awareness-entries";

describe("awareness entries", () => {
  it("round-trips what the stock Awareness encodes", () => {
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    awareness.setLocalState({ user: { name: "Ana" }, cursor: { x: 1, y: 2 } });
    const update = encodeAwarenessUpdate(awareness, [doc.clientID]);
    const entries = decodeAwarenessEntries(update);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.clientId).toBe(doc.clientID);
    expect(JSON.parse(entries[0]?.state ?? "")).toEqual({
      user: { name: "Ana" },
      cursor: { x: 1, y: 2 },
    });
    expect(encodeAwarenessEntries(entries)).toEqual(update);
    awareness.destroy();
  });

  it("accepts null (a departure) and refuses states that are not objects", () => {
    expect(
      decodeAwarenessEntries(encodeAwarenessEntries([{ clientId: 1, clock: 2, state: "null" }])),
    ).toHaveLength(1);
    for (const bad of ["42", '"text"', "[1]", "{oops"]) {
      expect(() =>
        decodeAwarenessEntries(encodeAwarenessEntries([{ clientId: 1, clock: 1, state: bad }])),
      ).toThrow();
    }
    expect(() => decodeAwarenessEntries(Uint8Array.of(5, 1))).toThrow();
  });
});
