import { type DecisionNode, setTimer, type Timer, TimerSchema } from "../../../core";
import { useToast } from "../../ui/toast";
import { EffectsEditor } from "../conditions/effects-editor";
import { CheckboxField } from "../forms/checkbox-field";
import { NumberField } from "../forms/number-field";
import { useInspectorEnv } from "../inspector-env";
import { RichTextField } from "../rich-text/rich-text-field";
import { useCommand } from "../use-command";
import { SkillsPicker } from "./skills-picker";

/** An optional time limit; running out follows the decision's timeout port. */
export function TimerEditor({ node }: { node: DecisionNode }) {
  const { doc, origin, scenario } = useInspectorEnv();
  const { check } = useCommand();
  const toast = useToast();
  // setTimer merges the fields given into the timer as the document holds it.
  const set = (timer: Partial<Timer> | null) =>
    check(() => setTimer(doc, { nodeId: node.id, timer }, origin));
  const timer = node.timer;
  return (
    <div className="stack insp-stack">
      <CheckboxField
        label="Time limit"
        checked={timer !== null}
        hint={
          timer
            ? "Removing the limit also removes the connection from its timeout port."
            : "Learners must answer within a number of seconds."
        }
        onChange={(on) => set(on ? {} : null)}
      />
      {timer && (
        <>
          <NumberField
            label="Seconds to answer"
            value={timer.seconds}
            schema={TimerSchema.shape.seconds}
            onCommit={(seconds) =>
              seconds === null ? "Enter a number of seconds." : set({ seconds })
            }
          />
          <RichTextField
            label="Feedback when time runs out"
            location={{ nodeId: node.id, field: "timerFeedback" }}
          />
          <EffectsEditor
            legend="Changes when time runs out"
            effects={timer.effects}
            variables={scenario?.variables ?? []}
            onChange={(effects) => set({ effects })}
          />
          <SkillsPicker
            legend="Skills missed when time runs out"
            selected={timer.skillsMissed}
            skills={scenario?.skills ?? []}
            onChange={(skillsMissed) => {
              const refused = set({ skillsMissed });
              if (refused) toast({ message: refused, tone: "error" });
            }}
          />
        </>
      )}
    </div>
  );
}
