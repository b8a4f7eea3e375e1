import type { Awareness } from "y-protocols/awareness";
import { z } from "zod";

/** Where text carets travel in awareness; `cursor` is the canvas pointer. */
export const TEXT_CARET_FIELD = "textCaret";

const ItemId = z.object({ client: z.number().int(), clock: z.number().int() });
const RelativePositionJson = z.looseObject({
  type: ItemId.nullable().optional(),
  tname: z.string().max(200).nullable().optional(),
  item: ItemId.nullable().optional(),
  assoc: z.number().int().optional(),
});
const CaretSchema = z.object({ anchor: RelativePositionJson, head: RelativePositionJson });
const UserSchema = z.looseObject({ name: z.string().max(200), color: z.string().max(40) });

export interface CaretState {
  user?: { name: string; color: string };
  cursor: unknown;
}

type AwarenessListener = (...args: never[]) => void;

interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * y-tiptap's caret plugin reads and writes the awareness field `cursor`, which
 * the canvas already uses for pointer positions (`{ x, y }`): reading one as
 * the other throws inside the editor. This view of the provider's awareness
 * keeps text carets in their own field and shows the plugin only well-formed
 * ones, since awareness states come from other clients.
 *
 * Its listeners hear only of changes to what the editors show (names, colours,
 * text carets). Every "change" costs each open editor a transaction and a
 * redraw of its decorations, and the canvas pointer moves a dozen times a
 * second (for every peer too), which no editor shows.
 */
export class CaretAwareness {
  private readonly listeners = {
    change: new Set<AwarenessListener>(),
    update: new Set<AwarenessListener>(),
  };
  /** Each client's caret state as listeners last heard it, serialised for comparison. */
  private heard = new Map<number, string>();

  constructor(private readonly awareness: Awareness) {}

  get clientID(): number {
    return this.awareness.clientID;
  }

  /** Tiptap's caret extension reads `states` directly. */
  get states(): Map<number, CaretState> {
    return this.getStates();
  }

  getStates(): Map<number, CaretState> {
    const out = new Map<number, CaretState>();
    for (const [clientId, state] of this.awareness.getStates()) {
      out.set(clientId, caretStateOf(state));
    }
    return out;
  }

  getLocalState(): CaretState | null {
    const state = this.awareness.getLocalState();
    return state ? caretStateOf(state) : null;
  }

  setLocalStateField(field: string, value: unknown): void {
    this.awareness.setLocalStateField(field === "cursor" ? TEXT_CARET_FIELD : field, value);
  }

  on(event: "change" | "update", listener: AwarenessListener): void {
    if (!this.following()) {
      this.heard = new Map();
      for (const [clientId, state] of this.awareness.getStates())
        this.heard.set(clientId, keyOf(caretStateOf(state)));
      // Every awareness message raises "update" (a "change" too if something differs).
      this.awareness.on("update", this.onUpdate);
    }
    this.listeners[event].add(listener);
  }

  off(event: "change" | "update", listener: AwarenessListener): void {
    this.listeners[event].delete(listener);
    if (!this.following()) this.awareness.off("update", this.onUpdate);
  }

  private following(): boolean {
    return this.listeners.change.size > 0 || this.listeners.update.size > 0;
  }

  private readonly onUpdate = (changes: AwarenessChanges, origin: unknown): void => {
    let changed = false;
    for (const clientId of [...changes.added, ...changes.updated]) {
      const key = keyOf(caretStateOf(this.awareness.getStates().get(clientId)));
      if (this.heard.get(clientId) === key) continue;
      this.heard.set(clientId, key);
      changed = true;
    }
    for (const clientId of changes.removed) {
      if (this.heard.delete(clientId)) changed = true;
    }
    if (!changed) return;
    const args = [changes, origin] as never[];
    for (const listener of [...this.listeners.change]) listener(...args);
    for (const listener of [...this.listeners.update]) listener(...args);
  };
}

function keyOf(state: CaretState): string {
  return JSON.stringify([state.user?.name, state.user?.color, state.cursor]);
}

function caretStateOf(state: Record<string, unknown> | null | undefined): CaretState {
  const caret = state?.[TEXT_CARET_FIELD];
  const user = UserSchema.safeParse(state?.user);
  return {
    // A copy: the plugin fills in missing names and colours on the object it is given.
    user: user.success ? { name: user.data.name, color: user.data.color } : undefined,
    cursor: caret != null && CaretSchema.safeParse(caret).success ? caret : null,
  };
}
