import { describe, expect, it } from "vitest";
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from "y-protocols/awareness";
import * as Y from "yjs";
import { CaretAwareness, TEXT_CARET_FIELD } from "./caret-awareness";

function peer() {
  const doc = new Y.Doc();
  return { doc, awareness: new Awareness(doc) };
}

describe("CaretAwareness", () => {
  it("writes text carets beside the canvas pointer, not over it", () => {
    const { doc, awareness } = peer();
    awareness.setLocalStateField("cursor", { x: 10, y: 20 });
    const carets = new CaretAwareness(awareness);
    const text = doc.getXmlFragment("f");
    const caret = {
      anchor: Y.createRelativePositionFromTypeIndex(text, 0),
      head: Y.createRelativePositionFromTypeIndex(text, 0),
    };
    carets.setLocalStateField("cursor", caret);
    expect(awareness.getLocalState()?.cursor).toEqual({ x: 10, y: 20 });
    expect(awareness.getLocalState()?.[TEXT_CARET_FIELD]).toBe(caret);
    expect(carets.getLocalState()?.cursor).toBe(caret);
    carets.setLocalStateField("user", { name: "Ana", color: "#2563eb" });
    expect(awareness.getLocalState()?.user).toEqual({ name: "Ana", color: "#2563eb" });
  });

  it("shows the caret plugin only well-formed remote carets and copies of users", () => {
    const local = peer();
    const remote = peer();
    const carets = new CaretAwareness(local.awareness);
    const states = local.awareness.getStates();
    const pointerOnly = { user: { name: "Bo", color: "#8a4fbf" }, cursor: { x: 1, y: 2 } };
    const bogus = { user: { name: "Cy" }, [TEXT_CARET_FIELD]: { anchor: 5, head: "x" } };
    const good = {
      user: { name: "Di", color: "#2e8a57", id: "di" },
      [TEXT_CARET_FIELD]: {
        anchor: { type: null, tname: "f", item: null, assoc: 0 },
        head: { tname: "f" },
      },
    };
    states.set(remote.doc.clientID, pointerOnly);
    states.set(remote.doc.clientID + 1, bogus);
    states.set(remote.doc.clientID + 2, good);
    const seen = carets.getStates();
    expect(seen.get(remote.doc.clientID)).toEqual({
      user: { name: "Bo", color: "#8a4fbf" },
      cursor: null,
    });
    expect(seen.get(remote.doc.clientID + 1)).toEqual({ user: undefined, cursor: null });
    const di = seen.get(remote.doc.clientID + 2)!;
    expect(di.cursor).toBe(good[TEXT_CARET_FIELD]);
    di.user!.name = "changed";
    expect(good.user.name).toBe("Di");
    expect(carets.states.size).toBe(states.size);
  });

  it("forwards change events", () => {
    const { awareness } = peer();
    const carets = new CaretAwareness(awareness);
    let calls = 0;
    const listener = () => {
      calls++;
    };
    carets.on("change", listener);
    carets.setLocalStateField("cursor", null);
    carets.setLocalStateField("user", { name: "A", color: "#000000" });
    carets.off("change", listener);
    carets.setLocalStateField("user", { name: "B", color: "#000000" });
    expect(calls).toBeGreaterThan(0);
    const before = calls;
    carets.setLocalStateField("user", { name: "C", color: "#000000" });
    expect(calls).toBe(before);
  });

  it("does not tell editors about canvas pointer moves, only about names, colours and carets", () => {
    const local = peer();
    const remote = peer();
    const carets = new CaretAwareness(local.awareness);
    const heard: string[] = [];
    const onChange = () => heard.push("change");
    const onUpdate = () => heard.push("update");
    carets.on("change", onChange);
    carets.on("update", onUpdate);
    const sync = () =>
      applyAwarenessUpdate(
        local.awareness,
        encodeAwarenessUpdate(remote.awareness, [remote.doc.clientID]),
        "remote",
      );

    local.awareness.setLocalStateField("cursor", { x: 1, y: 2 });
    local.awareness.setLocalStateField("cursor", { x: 3, y: 4 });
    expect(heard).toEqual([]);

    remote.awareness.setLocalStateField("user", { name: "Eve", color: "#2563eb" });
    sync();
    expect(heard).toEqual(["change", "update"]);
    remote.awareness.setLocalStateField("cursor", { x: 5, y: 6 });
    sync();
    expect(heard).toHaveLength(2);

    const text = remote.doc.getXmlFragment("f");
    remote.awareness.setLocalStateField(TEXT_CARET_FIELD, {
      anchor: Y.createRelativePositionFromTypeIndex(text, 0),
      head: Y.createRelativePositionFromTypeIndex(text, 0),
    });
    sync();
    expect(heard).toHaveLength(4);
    carets.setLocalStateField("cursor", null);
    carets.setLocalStateField("user", { name: "Ana", color: "#000000" });
    expect(heard).toHaveLength(6);

    removeAwarenessStates(local.awareness, [remote.doc.clientID], "timeout");
    expect(heard).toHaveLength(8);
    carets.off("change", onChange);
    carets.off("update", onUpdate);
    carets.setLocalStateField("user", { name: "Bo", color: "#000000" });
    expect(heard).toHaveLength(8);
  });
});
