/**
 * Entry of the SQLite writer thread (started by `SqliteWriter`): its own
 * connection to the store's file, carrying out the log writes it is sent, in
 * order, each in a durable transaction.
 */
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { UnknownDocumentError } from "./document-store";
import { prepareLogWrites, type SqliteLogWrites } from "./sqlite-log-writes";
import type { WriterReply, WriterRequest, WriterStarted } from "./sqlite-writer";

function unpack(packed: Uint8Array, lengths: readonly number[]): Uint8Array[] {
  let at = 0;
  return lengths.map((length) => {
    const update = packed.subarray(at, at + length);
    at += length;
    return update;
  });
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function open(file: string): { db: Database.Database; writes: SqliteLogWrites } {
  const db = new Database(file);
  try {
    // Per connection: every commit of this one is fsynced before it is answered.
    db.pragma("synchronous = FULL");
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
    return { db, writes: prepareLogWrites(db) };
  } catch (error) {
    db.close();
    throw error;
  }
}

function serve(port: NonNullable<typeof parentPort>, file: string): void {
  let opened: ReturnType<typeof open>;
  try {
    opened = open(file);
  } catch (error) {
    port.postMessage({ started: false, message: messageOf(error) } satisfies WriterStarted);
    port.close();
    return;
  }
  const { db, writes } = opened;
  port.on("message", (request: WriterRequest) => {
    let reply: WriterReply;
    try {
      switch (request.op) {
        case "append":
          reply = {
            id: request.id,
            ok: true,
            lastSeq: writes.append(request.ref, unpack(request.packed, request.lengths)),
          };
          break;
        case "compact":
          writes.compact(request.ref, request.state, request.throughSeq);
          reply = { id: request.id, ok: true };
          break;
        case "close":
          db.close();
          port.postMessage({ id: request.id, ok: true } satisfies WriterReply);
          port.close();
          return;
      }
    } catch (error) {
      reply = {
        id: request.id,
        ok: false,
        message: messageOf(error),
        unknownDocument: error instanceof UnknownDocumentError,
      };
    }
    port.postMessage(reply);
  });
  port.postMessage({ started: true } satisfies WriterStarted);
}

if (!parentPort) throw new Error("sqlite-writer-thread runs as a worker thread");
serve(parentPort, (workerData as { file: string }).file);
