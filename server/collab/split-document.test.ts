import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { generateScenario } from "../../bench/support/generate-scenario";
import { commands, docMap, scenarioToYDoc, yDocToScenario } from "../../core";
import { splitDocument } from "./split-document";

/** A generated scenario, then edits by two other peers: inserts, deletes, moves, a removed node. */
function anEditedDocument(): Y.Doc {
  const doc = scenarioToYDoc(generateScenario({ nodes: 300, seed: 5 }));
  const peers = [new Y.Doc(), new Y.Doc()];
  for (const peer of peers) Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  const [a, b] = peers as [Y.Doc, Y.Doc];
  const ids = [...docMap(a, "nodes").keys()].sort();
  commands.moveNodes(a, {
    moves: ids.slice(0, 40).map((id, i) => ({ id, position: { x: i, y: i } })),
  });
  commands.deleteNodes(a, { ids: ids.slice(50, 55) });
  commands.setMeta(b, { title: "Edited twice over" });
  commands.moveNodes(b, { moves: [{ id: ids[0]!, position: { x: -5, y: -5 } }] });
  for (const peer of peers) Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
  expect(docMap(doc, "nodes").size).toBe(295);
  return doc;
}

const structCount = (update: Uint8Array) => Y.decodeUpdateV2(update).structs.length;

describe("splitDocument", () => {
  it("cuts a document into small parts that, applied in order, give the same document", () => {
    const doc = anEditedDocument();
    const whole = Y.encodeStateAsUpdate(doc);
    const parts = splitDocument(doc, 500);
    expect(parts.length).toBeGreaterThan(5);
    for (const part of parts.slice(0, -1)) expect(structCount(part)).toBeLessThanOrEqual(500);

    const copy = new Y.Doc();
    for (const part of parts) {
      Y.applyUpdateV2(copy, part);
      // The creator's items come first, so no part waits on a later one.
      expect(copy.store.pendingStructs).toBeNull();
    }
    expect(Y.encodeStateVector(copy)).toEqual(Y.encodeStateVector(doc));
    expect(yDocToScenario(copy)).toEqual(yDocToScenario(doc));
    // Deletions arrive with the last part.
    expect(Y.encodeStateAsUpdate(copy)).toEqual(whole);
  });

  it("gives the same document whatever order the parts come in", () => {
    const doc = anEditedDocument();
    const parts = splitDocument(doc, 700);
    const copy = new Y.Doc();
    for (const part of [...parts].reverse()) Y.applyUpdateV2(copy, part);
    expect(yDocToScenario(copy)).toEqual(yDocToScenario(doc));
  });

  it("gives a small document in one part", () => {
    const doc = new Y.Doc();
    doc.getMap("m").set("k", 1);
    const parts = splitDocument(doc, 500);
    expect(parts).toHaveLength(1);
    const copy = new Y.Doc();
    Y.applyUpdateV2(copy, parts[0]!);
    expect(copy.getMap("m").get("k")).toBe(1);
  });
});
