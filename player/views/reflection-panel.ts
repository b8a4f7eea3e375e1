import type { View } from "../../core";
import { el, uid } from "../dom/el";
import { richTextBlock } from "../dom/render-rich-text";
import type { Panel, PlayerContext } from "./player-context";

type ReflectionView = Extract<View, { kind: "reflection" }>;

const MAX_TEXT = 2000;

/** Confidence 1-5 and Likert as native radios with their scale labels; free text as a textarea. */
export function reflectionPanel(ctx: PlayerContext, view: ReflectionView): Panel {
  const { text } = ctx;
  const headingId = uid("reflect");
  const promptId = uid("prompt");
  const errorId = uid("error");
  const heading = el(
    "h2",
    { id: headingId, tabindex: "-1" },
    text.phase[view.phase] ?? text.yourAnswer,
  );
  const prompt = richTextBlock(view.prompt, "fl-prompt", { newTabHint: text.opensInNewTab });
  prompt.id = promptId;
  const error = el("p", { id: errorId, class: "fl-error", role: "alert" });
  const form = el("form", { class: "fl-reflection-form", novalidate: true }, prompt);

  let read: () => number | string | null;
  if (view.reflectionKind === "text") {
    const area = el("textarea", {
      class: "fl-textarea",
      rows: 4,
      maxlength: MAX_TEXT,
      "aria-labelledby": promptId,
      "aria-describedby": errorId,
    });
    form.append(area);
    read = () => (area.value.trim() ? area.value.slice(0, MAX_TEXT) : null);
  } else {
    const name = uid("scale");
    const radios = view.scale.map((_label, i) =>
      el("input", { type: "radio", name, value: i + 1, class: "fl-radio" }),
    );
    form.append(
      el(
        "div",
        {
          role: "radiogroup",
          class: `fl-scale fl-scale--${view.scale.length}`,
          "aria-labelledby": promptId,
          "aria-describedby": errorId,
        },
        ...view.scale.map((label, i) =>
          el(
            "label",
            { class: "fl-scale-choice" },
            radios[i],
            el("span", { class: "fl-scale-n" }, i + 1),
            el("span", { class: "fl-scale-label" }, label),
          ),
        ),
      ),
    );
    read = () => {
      const checked = radios.findIndex((r) => r.checked);
      return checked < 0 ? null : checked + 1;
    };
  }

  let sent = false;
  form.append(error, el("button", { type: "submit", class: "fl-button" }, text.save));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (sent) return;
    const value = read();
    if (value === null) {
      error.textContent = view.reflectionKind === "text" ? text.writeSomething : text.pickOne;
      return;
    }
    sent = true;
    ctx.act.reflect(value);
  });

  const element = el(
    "section",
    { class: "fl-panel fl-reflection", "aria-labelledby": headingId },
    heading,
    form,
  );
  return { element, focus: heading };
}
