import { type Meta, type MetaPatch, MetaSchema, setMeta } from "../../../core";
import { TextField } from "../forms/text-field";
import { useInspectorEnv } from "../inspector-env";
import { useCommand } from "../use-command";

/** "a, b ,, c" → ["a", "b", "c"] */
export function splitList(text: string): string[] {
  return text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

function checkList(text: string, what: string, maxItem: number, maxCount: number): string | null {
  const items = splitList(text);
  if (items.length > maxCount) return `Use at most ${maxCount} ${what}.`;
  const long = items.find((i) => i.length > maxItem);
  return long ? `“${long}” is longer than ${maxItem} characters.` : null;
}

/** Title, summary, language, tags, authors and source of the story. */
export function MetaEditor({ meta }: { meta: Meta }) {
  const { doc, origin } = useInspectorEnv();
  const { check } = useCommand();
  const set = (patch: MetaPatch) => check(() => setMeta(doc, patch, origin));
  return (
    <div className="stack insp-stack">
      <TextField
        label="Title"
        value={meta.title}
        maxLength={200}
        required="A scenario needs a title."
        onCommit={(title) => set({ title })}
      />
      <TextField
        label="Summary"
        value={meta.summary}
        multiline
        maxLength={2000}
        onCommit={(summary) => set({ summary })}
      />
      <TextField
        label="Language"
        value={meta.language}
        maxLength={35}
        hint="The learners' language as a tag, such as en, fr or pt-BR. The player's own buttons and labels come in English, French, German and Spanish; other languages get English ones."
        validate={(language) =>
          MetaSchema.shape.language.safeParse(language).success
            ? null
            : "Use a language tag such as en, fr or pt-BR."
        }
        spellCheck={false}
        onCommit={(language) => set({ language })}
      />
      <TextField
        label="Tags"
        value={meta.tags.join(", ")}
        hint="Separated by commas."
        validate={(text) => checkList(text, "tags", 40, 50)}
        onCommit={(text) => set({ tags: splitList(text) })}
      />
      <TextField
        label="Authors"
        value={meta.authors.join(", ")}
        hint="Separated by commas."
        validate={(text) => checkList(text, "authors", 120, 50)}
        onCommit={(text) => set({ authors: splitList(text) })}
      />
      <TextField
        label="Source of the story"
        value={meta.source}
        multiline
        maxLength={2000}
        hint="An anonymized real case, a composite or invented."
        onCommit={(source) => set({ source })}
      />
    </div>
  );
}
