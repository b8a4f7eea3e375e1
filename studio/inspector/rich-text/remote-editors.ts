import * as Y from "yjs";
import type { CaretAwareness } from "../caret-awareness";

export interface RemoteEditor {
  clientId: number;
  name: string;
  color: string;
}

function isInside(type: Y.AbstractType<unknown>, fragment: Y.XmlFragment): boolean {
  let current: Y.AbstractType<unknown> | null = type;
  while (current) {
    if (current === fragment) return true;
    const parent: unknown = current._item?.parent;
    current = parent instanceof Y.AbstractType ? parent : null;
  }
  return false;
}

/** The other people whose text caret is in this fragment. */
export function remoteEditorsIn(carets: CaretAwareness, fragment: Y.XmlFragment): RemoteEditor[] {
  const doc = fragment.doc;
  if (!doc) return [];
  const out: RemoteEditor[] = [];
  for (const [clientId, state] of carets.getStates()) {
    if (clientId === carets.clientID || !state.cursor || !state.user) continue;
    const head = (state.cursor as { head: unknown }).head;
    let position: Y.AbsolutePosition | null = null;
    try {
      position = Y.createAbsolutePositionFromRelativePosition(
        Y.createRelativePositionFromJSON(head),
        doc,
      );
    } catch {
      position = null;
    }
    if (position && isInside(position.type, fragment)) {
      out.push({ clientId, name: state.user.name, color: state.user.color });
    }
  }
  return out;
}
