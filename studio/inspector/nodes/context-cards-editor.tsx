import { useRef } from "react";
import { type ContextCard, ContextCardSchema, createId, type SceneNode } from "../../../core";
import { type FocusRequest, ItemActions, moveId } from "../forms/item-actions";
import { SelectField } from "../forms/select-field";
import { TextField } from "../forms/text-field";
import { useInspectorEnv } from "../inspector-env";
import { freshNode } from "../logic/fresh-read";
import { useNodeWriter } from "./use-node-writer";

const KIND_OPTIONS: { value: ContextCard["kind"]; label: string }[] = [
  { value: "ticket-note", label: "Ticket note" },
  { value: "queue", label: "Queue" },
  { value: "account", label: "Account" },
  { value: "policy", label: "Policy" },
  { value: "custom", label: "Other" },
];
const MAX_CARDS = 20;

/** Context shown beside the customer's line ("previous ticket note", "queue: 14 waiting"). */
export function ContextCardsEditor({ node }: { node: SceneNode }) {
  const { doc, editable } = useInspectorEnv();
  const write = useNodeWriter(node.id);
  const focusRequest = useRef<FocusRequest | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  // The card list is written whole; every edit starts from the document's current cards.
  const edit = (change: (cards: ContextCard[]) => ContextCard[], press = false) => {
    const fresh = freshNode(doc, node.id, "scene");
    if (!fresh) return "This scene no longer exists.";
    const data = { contextCards: change(fresh.contextCards) };
    if (press) return write.press(data) ? null : "refused";
    return write.set(data);
  };
  const patch = (id: string, fields: Partial<ContextCard>) =>
    edit((cards) => cards.map((c) => (c.id === id ? { ...c, ...fields } : c)));

  return (
    <div className="insp-list">
      {node.contextCards.length === 0 ? (
        <p className="muted">No context cards.</p>
      ) : (
        <ol className="insp-cards" ref={listRef} tabIndex={-1} aria-label="Context cards">
          {node.contextCards.map((card, index) => (
            <li key={card.id} className="insp-card">
              <div className="insp-card__head">
                <span className="insp-card__title">{card.title}</span>
                <ItemActions
                  name={`card “${card.title}”`}
                  itemKey={card.id}
                  index={index}
                  count={node.contextCards.length}
                  focusRequest={focusRequest}
                  onMove={(to) =>
                    edit((cards) => {
                      const order = moveId(
                        cards.map((c) => c.id),
                        index,
                        to,
                      );
                      return order.map((id) => cards.find((c) => c.id === id)!);
                    }, true) === null
                  }
                  onRemove={() => {
                    if (edit((cards) => cards.filter((c) => c.id !== card.id), true) === null)
                      listRef.current?.focus();
                  }}
                />
              </div>
              <SelectField
                label="Kind"
                value={card.kind}
                options={KIND_OPTIONS}
                onChange={(kind) => patch(card.id, { kind: kind as ContextCard["kind"] })}
              />
              <TextField
                label="Title"
                value={card.title}
                maxLength={ContextCardSchema.shape.title.maxLength ?? 80}
                required="A card needs a title."
                onCommit={(title) => patch(card.id, { title })}
              />
              <TextField
                label="Text"
                value={card.body}
                multiline
                maxLength={ContextCardSchema.shape.body.maxLength ?? 2000}
                onCommit={(body) => patch(card.id, { body })}
              />
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        className="button insp-add"
        disabled={!editable || node.contextCards.length >= MAX_CARDS}
        onClick={() =>
          edit(
            (cards) => [
              ...cards,
              {
                id: createId("card", (id) => cards.some((c) => c.id === id)),
                kind: "custom",
                title: "New card",
                body: "",
              },
            ],
            true,
          )
        }
      >
        Add a context card
      </button>
    </div>
  );
}
