import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { UpdateFeed } from "./update-feed";

function sourceUpdate(): Uint8Array {
  const source = new Y.Doc();
  source.getMap("nodes").set("a", { label: "A" });
  source.getText("t").insert(0, "hello");
  return Y.encodeStateAsUpdate(source);
}

describe("UpdateFeed", () => {
  it("holds updates until the first listener subscribes, then passes every later one", () => {
    const doc = new Y.Doc();
    const feed = new UpdateFeed(doc);
    doc.getMap("m").set("early", 1);
    const seen: Uint8Array[] = [];
    feed.subscribe((u) => seen.push(u));
    expect(seen).toHaveLength(1);
    doc.getMap("m").set("later", 2);
    expect(seen).toHaveLength(2);
    const replica = new Y.Doc();
    for (const u of seen) Y.applyUpdate(replica, u);
    expect(replica.getMap("m").toJSON()).toEqual({ early: 1, later: 2 });
  });

  it("passes a quietly applied update on as it is, without the muted listeners hearing of it", () => {
    const doc = new Y.Doc();
    const feed = new UpdateFeed(doc);
    const seen: Uint8Array[] = [];
    feed.subscribe((u) => seen.push(u));
    const muted: unknown[] = [];
    const mutedListener = (u: Uint8Array) => muted.push(u);
    doc.on("update", mutedListener);
    const update = sourceUpdate();
    feed.applyQuietly(update, [mutedListener], () => Y.applyUpdate(doc, update));
    expect(doc.getText("t").toString()).toBe("hello");
    expect(seen).toEqual([update]);
    expect(muted).toHaveLength(0);
    // Both listen again afterwards.
    doc.getText("t").insert(5, "!");
    expect(seen).toHaveLength(2);
    expect(muted).toHaveLength(1);
  });

  it("still tells a listener it was not asked to mute, and does not add one that was not there", () => {
    const doc = new Y.Doc();
    const feed = new UpdateFeed(doc);
    const other: unknown[] = [];
    doc.on("update", (u: Uint8Array) => other.push(u));
    const absent: unknown[] = [];
    const update = sourceUpdate();
    feed.applyQuietly(update, [(u) => absent.push(u)], () => Y.applyUpdate(doc, update));
    expect(other).toHaveLength(1);
    doc.getMap("m").set("x", 1);
    expect(absent).toHaveLength(0);
  });

  it("marks a quietly applied v2 update as v2, and the document's own updates as v1", () => {
    const doc = new Y.Doc();
    const feed = new UpdateFeed(doc);
    const seen: [Uint8Array, boolean][] = [];
    feed.subscribe((u, v2) => seen.push([u, v2]));
    const source = new Y.Doc();
    source.getText("t").insert(0, "hello");
    const update = Y.encodeStateAsUpdateV2(source);
    feed.applyQuietly(update, [], () => Y.applyUpdateV2(doc, update), true);
    doc.getText("t").insert(5, "!");
    expect(seen.map(([, v2]) => v2)).toEqual([true, false]);
    const replica = new Y.Doc();
    Y.applyUpdateV2(replica, seen[0]![0]);
    Y.applyUpdate(replica, seen[1]![0]);
    expect(replica.getText("t").toString()).toBe("hello!");
  });
});
