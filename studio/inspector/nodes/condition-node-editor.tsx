import { useRef } from "react";
import { addRule, type ConditionNode, removeRule, reorderRules, setRule } from "../../../core";
import { ConditionBuilder } from "../conditions/condition-builder";
import { type FocusRequest, ItemActions, moveId } from "../forms/item-actions";
import { TextField } from "../forms/text-field";
import { useInspectorEnv } from "../inspector-env";
import { useCommand } from "../use-command";

const MAX_RULES = 20;

/** Ordered rules, each with its own port; the first that holds is followed, else the else port. */
export function ConditionNodeEditor({ node }: { node: ConditionNode }) {
  const { doc, origin, scenario, editable } = useInspectorEnv();
  const { check, act } = useCommand();
  const focusRequest = useRef<FocusRequest | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const ids = node.rules.map((r) => r.id);
  return (
    <div className="insp-list">
      <p className="muted">
        Rules are tried from the top; the first that holds picks its port. When none holds, the else
        port is followed.
      </p>
      {node.rules.length === 0 ? (
        <p className="muted">No rules yet: every learner takes the else port.</p>
      ) : (
        <ol className="insp-cards" ref={listRef} tabIndex={-1} aria-label="Rules">
          {node.rules.map((rule, index) => {
            const name = rule.label ? `rule “${rule.label}”` : `rule ${index + 1}`;
            return (
              <li key={rule.id} className="insp-card">
                <div className="insp-card__head">
                  <h4 className="insp-card__title">
                    Rule {index + 1}
                    {rule.label ? `: ${rule.label}` : ""}
                  </h4>
                  <ItemActions
                    name={name}
                    itemKey={rule.id}
                    index={index}
                    count={node.rules.length}
                    focusRequest={focusRequest}
                    onMove={(to) =>
                      act(() =>
                        reorderRules(
                          doc,
                          { nodeId: node.id, ruleIds: moveId(ids, index, to) },
                          origin,
                        ),
                      )
                    }
                    onRemove={() => {
                      if (act(() => removeRule(doc, { nodeId: node.id, ruleId: rule.id }, origin)))
                        listRef.current?.focus();
                    }}
                  />
                </div>
                <TextField
                  label="Rule label"
                  value={rule.label}
                  maxLength={120}
                  hint="Names the port on the canvas."
                  onCommit={(label) =>
                    check(() =>
                      setRule(doc, { nodeId: node.id, ruleId: rule.id, data: { label } }, origin),
                    )
                  }
                />
                <ConditionBuilder
                  legend="Holds when"
                  value={rule.when}
                  variables={scenario?.variables ?? []}
                  emptyText="No checks: this rule always holds."
                  onChange={(when) =>
                    check(() =>
                      setRule(doc, { nodeId: node.id, ruleId: rule.id, data: { when } }, origin),
                    )
                  }
                />
              </li>
            );
          })}
        </ol>
      )}
      <button
        type="button"
        className="button insp-add"
        disabled={!editable || node.rules.length >= MAX_RULES}
        onClick={() => act(() => addRule(doc, { nodeId: node.id }, origin))}
      >
        Add a rule
      </button>
    </div>
  );
}
