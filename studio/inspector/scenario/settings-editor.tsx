import {
  DIFFICULTIES,
  type Scenario,
  type Settings,
  type SettingsPatch,
  SettingsSchema,
  setSettings,
  setStartNode,
} from "../../../core";
import { CheckboxField } from "../forms/checkbox-field";
import { NumberField } from "../forms/number-field";
import { SelectField } from "../forms/select-field";
import { useInspectorEnv } from "../inspector-env";
import { nodeName } from "../logic/variable-uses";
import { useCommand } from "../use-command";
import { useStartNodeId } from "../use-start-node";

const RETRY = SettingsSchema.shape.retry.unwrap().shape;
const DIFFICULTY = SettingsSchema.shape.difficulty.unwrap().shape;

const FEEDBACK = [
  { value: "immediate", label: "Right after each choice" },
  { value: "end", label: "In the debrief at the end" },
];
const RETRY_POLICIES = [
  { value: "none", label: "No retries: choices are final" },
  { value: "limited", label: "A limited number of retries" },
  { value: "unlimited", label: "Unlimited retries" },
];
const LEVEL_LABELS: Record<(typeof DIFFICULTIES)[number], string> = {
  gentle: "Gentle",
  standard: "Standard",
  challenge: "Challenge",
};

/** How the scenario plays: where it starts, feedback, retries, difficulty and timers. */
export function SettingsEditor({ scenario }: { scenario: Scenario }) {
  const { doc, origin } = useInspectorEnv();
  const { check } = useCommand();
  const startId = useStartNodeId(doc);
  const set = (patch: SettingsPatch) => check(() => setSettings(doc, patch, origin));
  const s: Settings = scenario.settings;
  const startable = scenario.nodes.filter((n) => n.kind !== "note");
  return (
    <div className="stack insp-stack">
      <SelectField
        label="Start node"
        value={startId ?? ""}
        options={[
          { value: "", label: "None yet" },
          ...startable.map((n) => ({ value: n.id, label: nodeName(n) })),
        ]}
        onChange={(nodeId) => check(() => setStartNode(doc, { nodeId: nodeId || null }, origin))}
      />
      <SelectField
        label="Feedback"
        value={s.feedbackMode}
        options={FEEDBACK}
        onChange={(mode) => set({ feedbackMode: mode as Settings["feedbackMode"] })}
      />
      <fieldset className="insp-group">
        <legend>Retries</legend>
        <SelectField
          label="Retry policy"
          value={s.retry.policy}
          options={RETRY_POLICIES}
          onChange={(policy) => set({ retry: { policy: policy as Settings["retry"]["policy"] } })}
        />
        {s.retry.policy === "limited" && (
          <NumberField
            label="Retries per run"
            value={s.retry.maxRetries}
            schema={RETRY.maxRetries}
            onCommit={(maxRetries) =>
              maxRetries === null ? "Enter a number of retries." : set({ retry: { maxRetries } })
            }
          />
        )}
      </fieldset>
      <fieldset className="insp-group">
        <legend>Difficulty</legend>
        <SelectField
          label="Starting level"
          value={s.difficulty.initial}
          options={DIFFICULTIES.map((d) => ({ value: d, label: LEVEL_LABELS[d] }))}
          onChange={(initial) =>
            set({ difficulty: { initial: initial as Settings["difficulty"]["initial"] } })
          }
        />
        <CheckboxField
          label="Adapt the level to the learner"
          checked={s.difficulty.adaptive}
          onChange={(adaptive) => set({ difficulty: { adaptive } })}
        />
        {s.difficulty.adaptive && (
          <div className="insp-pair">
            <NumberField
              label="Ease after weak choices in a row"
              value={s.difficulty.easeAfterWeak}
              schema={DIFFICULTY.easeAfterWeak}
              onCommit={(easeAfterWeak) =>
                easeAfterWeak === null ? "Enter a number." : set({ difficulty: { easeAfterWeak } })
              }
            />
            <NumberField
              label="Raise after strong choices in a row"
              value={s.difficulty.raiseAfterStrong}
              schema={DIFFICULTY.raiseAfterStrong}
              onCommit={(raiseAfterStrong) =>
                raiseAfterStrong === null
                  ? "Enter a number."
                  : set({ difficulty: { raiseAfterStrong } })
              }
            />
          </div>
        )}
        <CheckboxField
          label="Advanced options only at the challenge level"
          checked={s.difficulty.advancedOnlyAtChallenge}
          onChange={(advancedOnlyAtChallenge) => set({ difficulty: { advancedOnlyAtChallenge } })}
        />
      </fieldset>
      <CheckboxField
        label="Learners may pause or lengthen timers"
        checked={s.timerAdjustable}
        hint="Needed for WCAG 2.2.1 unless the time limit is essential."
        onChange={(timerAdjustable) => set({ timerAdjustable })}
      />
    </div>
  );
}
