import { z } from "zod";
import {
  defaultMoodGauge,
  docMap,
  MOOD_ICONS,
  type MoodBand,
  MoodBandSchema,
  type MoodGauge,
  MoodGaugeSchema,
  type Scenario,
  setMood,
} from "../../../core";
import { useToast } from "../../ui/toast";
import { NumberField } from "../forms/number-field";
import { SelectField } from "../forms/select-field";
import { TextField } from "../forms/text-field";
import { useInspectorEnv } from "../inspector-env";
import { useCommand } from "../use-command";

const ICON_LABELS: Record<(typeof MOOD_ICONS)[number], string> = {
  furious: "Furious",
  frustrated: "Frustrated",
  neutral: "Neutral",
  reassured: "Reassured",
  delighted: "Delighted",
};
const FROM = z.number().finite();

/**
 * The gauge as the document holds it now: bands are written as one list, so
 * each band edit starts from the current list rather than the settled read.
 */
function freshMood(doc: Parameters<typeof docMap>[0]): MoodGauge | null {
  const map = docMap(doc, "mood");
  const parsed = MoodGaugeSchema.safeParse({
    variable: map.get("variable"),
    bands: map.get("bands"),
  });
  return parsed.success ? parsed.data : null;
}

const byFrom = (bands: MoodBand[]) => [...bands].sort((a, b) => a.from - b.from);

/** Which number variable is the customer's mood, and how its values read (bands from low to high). */
export function MoodEditor({ scenario }: { scenario: Scenario }) {
  const { doc, origin, editable } = useInspectorEnv();
  const { check } = useCommand();
  const toast = useToast();
  const press = (refused: string | null) => {
    if (refused) toast({ message: refused, tone: "error" });
  };
  const mood = scenario.mood;
  const numbers = scenario.variables.filter((v) => v.type === "number");
  const editBands = (change: (bands: MoodBand[]) => MoodBand[]) => {
    const fresh = freshMood(doc);
    if (!fresh) return "The mood gauge is no longer set.";
    return check(() => setMood(doc, { ...fresh, bands: byFrom(change(fresh.bands)) }, origin));
  };
  return (
    <div className="stack insp-stack">
      <SelectField
        label="Mood variable"
        value={mood?.variable ?? ""}
        options={[
          { value: "", label: "No mood gauge" },
          ...numbers.map((v) => ({ value: v.name, label: v.name })),
        ]}
        hint={numbers.length === 0 ? "Only number variables can drive the gauge." : undefined}
        onChange={(variable) => {
          const fresh = freshMood(doc);
          return check(() =>
            setMood(
              doc,
              variable === ""
                ? null
                : { variable, bands: fresh?.bands ?? defaultMoodGauge().bands },
              origin,
            ),
          );
        }}
      />
      {mood && (
        <ol className="insp-cards" aria-label="Mood bands">
          {mood.bands.map((band, index) => (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: bands are kept sorted; position is identity.
              key={index}
              className="insp-card"
            >
              <div className="insp-card__head">
                <h4 className="insp-card__title">
                  <span
                    className="insp-swatch"
                    style={{ backgroundColor: band.color }}
                    aria-hidden="true"
                  />
                  {band.label}
                </h4>
                <button
                  type="button"
                  className="icon-button insp-item-actions__remove"
                  aria-label={`Remove band ${band.label}`}
                  title="Remove"
                  disabled={!editable || mood.bands.length <= 1}
                  onClick={() => press(editBands((bands) => bands.filter((_, i) => i !== index)))}
                >
                  ×
                </button>
              </div>
              <div className="insp-pair">
                <NumberField
                  label="From"
                  value={band.from}
                  schema={FROM}
                  onCommit={(from) =>
                    from === null
                      ? "Enter the lowest value of this band."
                      : editBands((bands) =>
                          bands.map((b, i) => (i === index ? { ...b, from } : b)),
                        )
                  }
                />
                <SelectField
                  label="Icon"
                  value={band.icon}
                  options={MOOD_ICONS.map((icon) => ({ value: icon, label: ICON_LABELS[icon] }))}
                  onChange={(icon) =>
                    editBands((bands) =>
                      bands.map((b, i) =>
                        i === index ? { ...b, icon: icon as MoodBand["icon"] } : b,
                      ),
                    )
                  }
                />
              </div>
              <TextField
                label="Name"
                value={band.label}
                maxLength={40}
                required="A band needs a name."
                onCommit={(label) =>
                  editBands((bands) => bands.map((b, i) => (i === index ? { ...b, label } : b)))
                }
              />
              <TextField
                label="Colour"
                value={band.color}
                hint="As #rrggbb."
                spellCheck={false}
                validate={(color) =>
                  MoodBandSchema.shape.color.safeParse(color).success
                    ? null
                    : "Use a colour like #1d7a46."
                }
                onCommit={(color) =>
                  editBands((bands) => bands.map((b, i) => (i === index ? { ...b, color } : b)))
                }
              />
            </li>
          ))}
        </ol>
      )}
      {mood && (
        <button
          type="button"
          className="button insp-add"
          disabled={!editable || mood.bands.length >= 10}
          onClick={() =>
            press(
              editBands((bands) => {
                const top = bands[bands.length - 1];
                return [
                  ...bands,
                  {
                    from: (top?.from ?? 0) + 1,
                    label: "New band",
                    icon: "neutral",
                    color: "#6b7280",
                  },
                ];
              }),
            )
          }
        >
          Add a band
        </button>
      )}
    </div>
  );
}
