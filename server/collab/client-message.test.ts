import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { decodeClientMessage } from "./client-message";
import { ProtocolError } from "./close-codes";

const sync = (step: number, payload: Uint8Array) => {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, step);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
};

const someUpdate = () => {
  const doc = new Y.Doc();
  doc.getText("t").insert(0, "hello");
  return Y.encodeStateAsUpdate(doc);
};

const codeOf = (frame: Uint8Array) => {
  try {
    decodeClientMessage(frame);
    return 0;
  } catch (error) {
    return error instanceof ProtocolError ? error.code : -1;
  }
};

describe("decodeClientMessage", () => {
  it("decodes the four message kinds the stock client sends", () => {
    const doc = new Y.Doc();
    expect(decodeClientMessage(sync(0, Y.encodeStateVector(doc))).type).toBe("sync-step-1");
    expect(decodeClientMessage(sync(1, someUpdate()))).toMatchObject({
      type: "sync-step-2",
      empty: false,
    });
    expect(decodeClientMessage(sync(2, someUpdate()))).toMatchObject({
      type: "update",
      empty: false,
    });
    expect(decodeClientMessage(Uint8Array.of(3)).type).toBe("query-awareness");
    expect(decodeClientMessage(Uint8Array.of(1, 1, 0)).type).toBe("awareness");
  });

  it("flags the empty update a client with nothing new sends", () => {
    expect(decodeClientMessage(sync(1, Y.encodeStateAsUpdate(new Y.Doc())))).toMatchObject({
      empty: true,
    });
  });

  it("refuses unknown types with 1003 and undecodable payloads with 1007", () => {
    expect(codeOf(Uint8Array.of(9))).toBe(1003);
    expect(codeOf(sync(7, someUpdate()))).toBe(1003);
    expect(codeOf(new Uint8Array(0))).toBe(1007);
    expect(codeOf(Uint8Array.of(0, 2, 50, 1, 2))).toBe(1007);
    const update = someUpdate();
    for (let cut = 1; cut < update.length; cut++) {
      expect(codeOf(sync(2, update.slice(0, cut))), `cut at ${cut}`).toBe(1007);
    }
  });

  it("never throws anything but a ProtocolError on random bytes", () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let i = 0; i < 2000; i++) {
      const frame = Uint8Array.from({ length: 1 + (next() % 40) }, () => next() % 256);
      frame[0] = next() % 4;
      expect(codeOf(frame)).not.toBe(-1);
    }
  });
});
