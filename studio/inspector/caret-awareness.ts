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

/**
 * y-tiptap's caret plugin reads and writes the awareness field `cursor`, which
 * the canvas already uses for pointer positions (`{ x, y }`): reading one as
 * the other throws inside the editor. This view of the provider's awareness
 * keeps text carets in their own field and shows the plugin only well-formed
 * ones, since awareness states come from other clients.
 */
export class CaretAwareness {
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
    this.awareness.on(event, listener as never);
  }

  off(event: "change" | "update", listener: AwarenessListener): void {
    this.awareness.off(event, listener as never);
  }
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
