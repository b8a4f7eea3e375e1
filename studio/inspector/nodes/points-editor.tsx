import { z } from "zod";
import type { Dimension } from "../../../core";
import { NumberField } from "../forms/number-field";

const POINTS = z.number().finite().nullable();

interface PointsEditorProps {
  points: Readonly<Record<string, number>>;
  dimensions: readonly Dimension[];
  /** Sets or clears (null) the points on one dimension; returns why it was refused, or null. */
  onCommit: (dimensionId: string, value: number | null) => string | null;
}

/** Points per rubric dimension: scores are kept per dimension, never summed into one number. */
export function PointsEditor({ points, dimensions, onCommit }: PointsEditorProps) {
  const known = new Set(dimensions.map((d) => d.id));
  const stray = Object.keys(points).filter((id) => !known.has(id));
  if (dimensions.length === 0 && stray.length === 0) {
    return <p className="muted">The rubric has no dimensions yet: add them in the Scenario tab.</p>;
  }
  return (
    <div className="insp-points">
      {dimensions.map((dimension) => (
        <NumberField
          key={dimension.id}
          label={`Points: ${dimension.label}`}
          value={points[dimension.id] ?? null}
          schema={POINTS}
          nullable
          hint={`Full marks: ${dimension.maxPoints}. Empty means none.`}
          onCommit={(value) => onCommit(dimension.id, value)}
        />
      ))}
      {stray.map((id) => (
        <NumberField
          key={id}
          label={`Points: ${id} (not in the rubric)`}
          value={points[id] ?? null}
          schema={POINTS}
          nullable
          hint="Empty it to remove these points."
          onCommit={(value) => onCommit(id, value)}
        />
      ))}
    </div>
  );
}
