import * as Y from "yjs";
import { undoScopeOf } from "./layout";

/**
 * One user's undo: only writes made with `origin` are recorded, so nobody
 * undoes a colleague's edit. Nothing is merged by time: every tracked write is
 * already one deliberate step (a drop, a connection, a committed field), and
 * merging quick ones would make a connect right after an add undo both.
 */
export function localUndoManager(doc: Y.Doc, origin: unknown): Y.UndoManager {
  return new Y.UndoManager(undoScopeOf(doc), {
    trackedOrigins: new Set([origin]),
    captureTimeout: 0,
  });
}
