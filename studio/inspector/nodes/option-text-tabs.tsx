import { type Option, OptionSchema } from "../../../core";
import { Tabs } from "../forms/tabs";
import { TextField } from "../forms/text-field";

const MAX = OptionSchema.shape.text.maxLength ?? 2000;

interface OptionTextTabsProps {
  option: Option;
  onText: (text: string) => string | null;
  onVariant: (variant: "gentle" | "challenge", text: string | null) => string | null;
}

/** What the learner clicks, at each difficulty; an empty variant falls back to the standard text. */
export function OptionTextTabs({ option, onText, onVariant }: OptionTextTabsProps) {
  return (
    <Tabs
      label="Option text versions"
      className="insp-line-tabs"
      tabs={[
        {
          id: "standard",
          label: "Standard",
          render: () => (
            <TextField
              label="Option text"
              value={option.text}
              multiline
              rows={2}
              maxLength={MAX}
              required="An option needs text for learners to choose."
              onCommit={onText}
            />
          ),
        },
        ...(["gentle", "challenge"] as const).map((variant) => ({
          id: variant,
          label: variant === "gentle" ? "Gentle" : "Challenge",
          render: () => (
            <TextField
              label={`Option text, ${variant} version`}
              value={option.variants[variant] ?? ""}
              multiline
              rows={2}
              maxLength={MAX}
              hint="Leave empty to show the standard text at this level."
              onCommit={(text) => onVariant(variant, text.trim() === "" ? null : text)}
            />
          ),
        })),
      ]}
    />
  );
}
