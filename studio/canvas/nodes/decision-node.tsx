import type { NodeProps } from "@xyflow/react";
import { memo, useContext } from "react";
import type { FlowNode } from "../flow-types";
import type { DecisionView } from "../node-view";
import { OptionSelectionContext } from "../option-selection-context";
import { FarNode } from "./far-node";
import { NodeFrame, SourcePort } from "./node-frame";
import { useFar } from "./use-far";

/**
 * A stopwatch drawn in SVG rather than the ⏱ character: that needs an emoji
 * font, which many Linux desktops lack (a blank box then, and a slow search
 * through every font for the glyph on each new page).
 */
function TimerIcon() {
  return (
    <svg className="fl-chip__icon" viewBox="0 0 16 16" width="11" height="11" aria-hidden="true">
      <circle cx="8" cy="9" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M8 9V6M6.5 1.5h3" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}

const QUALITY_LABEL = { strong: "Strong", mixed: "Mixed", weak: "Weak" } as const;

function DecisionNodeBase({ id, data, selected }: NodeProps<FlowNode<DecisionView>>) {
  const { selectOption, selectedOption } = useContext(OptionSelectionContext);
  const far = useFar();
  if (far) return <FarNode id={id} view={data} selected={selected} />;
  const badge = data.timer ? (
    <span className="fl-chip fl-chip--timer" title={`Time limit: ${data.timer.seconds} seconds`}>
      <TimerIcon /> {data.timer.seconds}s
    </span>
  ) : null;
  return (
    <NodeFrame id={id} kind="decision" label={data.label} selected={selected} badge={badge}>
      <p className="fl-node__text fl-node__text--2">
        {data.prompt || <span className="fl-node__empty">No prompt yet</span>}
      </p>
      <ul className="fl-rows">
        {data.options.length === 0 && (
          <li className="fl-row fl-row--empty">No options yet: add them in the inspector</li>
        )}
        {data.options.map((option) => {
          const current = selected && selectedOption === option.id;
          return (
            <li
              key={option.id}
              className={`fl-row fl-row--${option.quality} ${current ? "is-current" : ""}`}
            >
              <button
                type="button"
                className="fl-row__button"
                tabIndex={selected ? 0 : -1}
                aria-pressed={current}
                onClick={() => selectOption(id, option.id)}
              >
                <span className={`fl-quality fl-quality--${option.quality}`}>
                  {QUALITY_LABEL[option.quality]}
                </span>
                <span className="fl-row__text">{option.text}</span>
              </button>
              <SourcePort id={option.id} label={option.text} />
            </li>
          );
        })}
        {data.timer && (
          <li className="fl-row fl-row--timeout">
            <span className="fl-row__text">When time runs out ({data.timer.seconds}s)</span>
            <SourcePort id="timeout" label="timeout" />
          </li>
        )}
      </ul>
    </NodeFrame>
  );
}

export const DecisionNode = memo(DecisionNodeBase);
