import { memo } from "react";

/** Explains edge colours; the dash pattern repeats the meaning for those who cannot tell the colours apart. */
export const MoodLegend = memo(function MoodLegend({ variable }: { variable: string | null }) {
  return (
    <div className="mood-legend">
      <span className="mood-legend__title">Effect on {variable ?? "mood"}</span>
      <span className="mood-legend__item">
        <svg width="28" height="8" aria-hidden="true">
          <line x1="0" y1="4" x2="28" y2="4" className="legend-line legend-line--positive" />
        </svg>
        raises
      </span>
      <span className="mood-legend__item">
        <svg width="28" height="8" aria-hidden="true">
          <line x1="0" y1="4" x2="28" y2="4" className="legend-line legend-line--negative" />
        </svg>
        lowers
      </span>
      <span className="mood-legend__item">
        <svg width="28" height="8" aria-hidden="true">
          <line x1="0" y1="4" x2="28" y2="4" className="legend-line legend-line--neutral" />
        </svg>
        no change
      </span>
    </div>
  );
});
