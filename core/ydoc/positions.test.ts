import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { aConnectedScenario } from "../../tests/factories/scenario";
import { syncedDocs } from "../../tests/factories/synced-docs";
import { positionsArray } from "./layout";
import { deletePositions, observePositions, readPositions, writePositions } from "./positions";
import { scenarioToYDoc } from "./scenario-to-ydoc";

describe("node positions", () => {
  it("moves a node by replacing its entry; the latest entry wins", () => {
    const doc = scenarioToYDoc(aConnectedScenario());
    doc.transact(() => writePositions(doc, new Map([["win", { x: 5, y: 6 }]])));
    expect(readPositions(doc).get("win")).toEqual({ x: 5, y: 6 });
    expect(
      positionsArray(doc)
        .toArray()
        .filter((e) => e.key === "win"),
    ).toHaveLength(1);
  });

  it("deletes the entries of deleted nodes", () => {
    const doc = scenarioToYDoc(aConnectedScenario());
    doc.transact(() => deletePositions(doc, ["win", "lose"]));
    expect([...readPositions(doc).keys()].sort()).toEqual(["choice", "start"]);
  });

  it("converges when two peers move the same node at once", () => {
    const { a, b, pause, resume } = syncedDocs(scenarioToYDoc(aConnectedScenario()));
    observePositions(a);
    observePositions(b);
    pause();
    a.transact(() => writePositions(a, new Map([["win", { x: 1, y: 1 }]])));
    b.transact(() => writePositions(b, new Map([["win", { x: 2, y: 2 }]])));
    resume();
    expect(readPositions(a).get("win")).toEqual(readPositions(b).get("win"));
    expect(
      positionsArray(a)
        .toArray()
        .filter((e) => e.key === "win"),
    ).toHaveLength(1);
    expect(positionsArray(b).toJSON()).toEqual(positionsArray(a).toJSON());
  });

  it("reports changes per node through the live store", () => {
    const doc = scenarioToYDoc(aConnectedScenario());
    const store = observePositions(doc);
    expect(observePositions(doc)).toBe(store);
    const seen: string[] = [];
    store.on("change", (changes: Map<string, { action: string }>) => {
      for (const [key, change] of changes) seen.push(`${key}:${change.action}`);
    });
    doc.transact(() => writePositions(doc, new Map([["start", { x: 9, y: 9 }]])));
    expect(seen).toEqual(["start:update"]);
    expect(store.get("start")).toEqual({ x: 9, y: 9 });
  });

  it("keeps the document small under many moves", () => {
    const doc = scenarioToYDoc(aConnectedScenario());
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateAsUpdate(client).length;
    for (let i = 0; i < 500; i++) {
      client.transact(() =>
        writePositions(client, new Map([[i % 2 ? "win" : "lose", { x: i, y: i }]])),
      );
    }
    expect(Y.encodeStateAsUpdate(client).length - before).toBeLessThan(400);
  });
});
