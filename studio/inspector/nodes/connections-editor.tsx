import { useMemo } from "react";
import { connect, disconnect, type ScenarioNode } from "../../../core";
import { SelectField } from "../forms/select-field";
import { useInspectorEnv } from "../inspector-env";
import { useCommand } from "../use-command";
import { useLiveEdgesFrom } from "../use-live-edges";
import { portRowsOf, targetLabelOf } from "./port-targets";

/**
 * Where each port of the node leads, as one choice per port: the keyboard's
 * way to do what dragging from a port does on the canvas, and a readable list
 * of a node's ways on for screen-reader users.
 */
export function ConnectionsEditor({ node }: { node: ScenarioNode }) {
  const { doc, origin, scenario } = useInspectorEnv();
  const { check } = useCommand();
  const edges = useLiveEdgesFrom(doc, node.id);
  const targets = useMemo(
    () => [
      { value: "", label: "Nowhere yet" },
      ...(scenario?.nodes ?? [])
        .filter((n) => n.kind !== "note")
        .map((n) => ({ value: n.id, label: targetLabelOf(n) }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    ],
    [scenario],
  );
  const rows = portRowsOf(node);
  if (rows.length === 0) return null;
  return (
    <div className="stack insp-connections">
      {rows.map(({ port, label }) => {
        const target = edges.find((e) => e.sourcePort === port)?.target ?? "";
        return (
          <SelectField
            key={port}
            label={label}
            value={target}
            options={targets}
            onChange={(next) =>
              check(() => {
                if (next) connect(doc, { source: node.id, sourcePort: port, target: next }, origin);
                else disconnect(doc, { source: node.id, sourcePort: port }, origin);
              })
            }
          />
        );
      })}
    </div>
  );
}
