import { describe, expect, it } from "vitest";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { PresenceStore } from "./presence-store";

function pair() {
  const local = new Awareness(new Y.Doc());
  const remote = new Awareness(new Y.Doc());
  const sync = () =>
    applyAwarenessUpdate(local, encodeAwarenessUpdate(remote, [remote.clientID]), "test");
  return { local, remote, sync };
}

describe("PresenceStore", () => {
  it("lists other people, their cursors and what they selected, not oneself", () => {
    const { local, remote, sync } = pair();
    const store = new PresenceStore(local);
    store.setLocalUser({ id: "me", name: "Me", color: "#000000" });
    remote.setLocalState({
      user: { id: "ana", name: "Ana", color: "#aa0000" },
      cursor: { x: 10, y: 20 },
      selection: ["n1", "n2"],
    });
    sync();
    expect(store.peers.map((p) => p.user.name)).toEqual(["Ana"]);
    expect(store.cursors).toEqual([
      { clientId: remote.clientID, x: 10, y: 20, name: "Ana", color: "#aa0000" },
    ]);
    expect(store.selections.get("n2")).toBe("#aa0000|Ana");
    store.destroy();
  });

  it("ignores states that do not fit, and notifies only the part that changed", () => {
    const { local, remote, sync } = pair();
    const store = new PresenceStore(local);
    let peerNotices = 0;
    let cursorNotices = 0;
    store.subscribePeers(() => peerNotices++);
    store.subscribeCursors(() => cursorNotices++);
    remote.setLocalState({ user: "not an object", cursor: "nowhere" });
    sync();
    expect(store.peers).toEqual([]);
    remote.setLocalState({
      user: { id: "b", name: "Bo", color: "#00aa00" },
      cursor: { x: 1, y: 1 },
    });
    sync();
    expect(peerNotices).toBe(1);
    remote.setLocalStateField("cursor", { x: 2, y: 2 });
    sync();
    expect(peerNotices).toBe(1);
    expect(cursorNotices).toBe(2);
    store.destroy();
  });

  it("leaves the peers' snapshots alone when only one's own state changes", () => {
    const { local, remote, sync } = pair();
    const store = new PresenceStore(local);
    remote.setLocalState({
      user: { id: "c", name: "Cy", color: "#0000aa" },
      cursor: { x: 3, y: 4 },
    });
    sync();
    const cursors = store.cursors;
    let cursorNotices = 0;
    store.subscribeCursors(() => cursorNotices++);
    store.setLocalCursor({ x: 50, y: 60 });
    store.setLocalCursor({ x: 51, y: 61 });
    store.setLocalSelection(["n1"]);
    expect(store.cursors).toBe(cursors);
    expect(cursorNotices).toBe(0);
    expect(store.selections.size).toBe(0);
    store.destroy();
  });
});
