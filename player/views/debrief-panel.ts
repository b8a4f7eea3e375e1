import type { DebriefRecord, DimensionScore, PathStep, View } from "../../core";
import { plainTextOf } from "../../core";
import { append, el, srOnly } from "../dom/el";
import { richTextBlock } from "../dom/render-rich-text";
import { moodShift } from "./feedback-panel";
import { moodBadge, readingOf } from "./mood-icon";
import { chosenText, isAnswered, pastCustomerLine } from "./past-steps";
import type { Panel, PlayerContext } from "./player-context";

type EndingView = Extract<View, { kind: "ending" }>;

const percent = (ratio: number) => Math.round(ratio * 100);

function scoreRow(ctx: PlayerContext, score: DimensionScore, threshold: number | null) {
  const fill = el("span", { class: "fl-score-fill" });
  fill.style.transform = `scaleX(${score.ratio})`;
  const bar = el("span", { class: "fl-score-bar", "aria-hidden": "true" }, fill);
  if (threshold !== null) {
    const mark = el("span", { class: "fl-score-mark" });
    mark.style.left = `${threshold * 100}%`;
    bar.append(mark);
  }
  return el(
    "li",
    { class: "fl-score" },
    el("span", { class: "fl-score-label" }, score.label),
    el(
      "span",
      { class: "fl-score-value" },
      ctx.text.points(score.points, score.maxPoints, percent(score.ratio)),
    ),
    bar,
  );
}

function scoresSection(ctx: PlayerContext, record: DebriefRecord): HTMLElement {
  const { text } = ctx;
  const rule = ctx.scenario.rubric.passing;
  const section = el("section", { class: "fl-scores" }, el("h3", null, text.scores));
  const threshold = rule.mode === "none" ? null : rule.threshold;
  section.append(
    el(
      "ul",
      { class: "fl-score-list" },
      ...record.scores.map((s) => scoreRow(ctx, s, rule.mode === "each" ? threshold : null)),
    ),
    el("p", { class: "fl-overall" }, text.overall(percent(record.scaled))),
  );
  const ruleText = text.passRule[rule.mode];
  if (ruleText && threshold !== null) {
    section.append(
      el(
        "p",
        { class: "fl-rule" },
        ruleText(percent(threshold)) + (text.needsOutcome[rule.requireOutcome] ?? ""),
        ".",
      ),
    );
  }
  if (record.passed !== null) {
    section.append(
      el(
        "p",
        { class: record.passed ? "fl-result fl-result--pass" : "fl-result fl-result--fail" },
        record.passed ? text.passed : text.notPassed,
      ),
    );
  }
  return section;
}

function skillsSection(title: string, skills: DebriefRecord["skillsPractised"], kind: string) {
  if (skills.length === 0) return null;
  return el(
    "section",
    { class: `fl-skills fl-skills--${kind}` },
    el("h3", null, title),
    el(
      "ul",
      null,
      ...skills.map((s) => el("li", null, s.count > 1 ? `${s.label} (×${s.count})` : s.label)),
    ),
  );
}

function replayStep(
  ctx: PlayerContext,
  record: DebriefRecord,
  step: PathStep,
  index: number,
  canRewind: boolean,
  n: number,
) {
  const { text } = ctx;
  const item = el("li", { class: `fl-step fl-step--${step.kind}` });
  const gauge = ctx.scenario.mood;
  if (step.kind === "scene") {
    const line = pastCustomerLine(ctx, step);
    if (!line) return null;
    item.append(
      el(
        "p",
        null,
        el("span", { class: "fl-name" }, line.persona?.name ?? text.customer),
        line.mood ? " " : null,
        line.mood ? moodBadge(line.mood.band) : null,
      ),
      el("p", { class: "fl-step-text" }, plainTextOf(line.text)),
    );
  } else if (step.kind === "decision") {
    const chosen = chosenText(ctx, step);
    append(item, [
      el(
        "p",
        null,
        el("span", { class: "fl-label" }, text.youChose),
        " ",
        chosen === null ? text.noReply : `“${chosen}”`,
      ),
      step.quality
        ? el("p", { class: `fl-quality fl-quality--${step.quality}` }, text.quality[step.quality])
        : null,
      moodShift(readingOf(gauge, step.moodBefore), readingOf(gauge, step.moodAfter)),
    ]);
    if (canRewind) {
      item.append(
        el(
          "button",
          {
            type: "button",
            class: "fl-button fl-button--quiet",
            click: () => ctx.act.rewind(index),
          },
          text.tryDifferent,
          srOnly(` (${n})`),
        ),
      );
    }
  } else if (step.kind === "reflection") {
    const answer = record.reflections.find((r) => r.nodeId === step.nodeId);
    const node = ctx.nodes.get(step.nodeId);
    if (!answer || node?.kind !== "reflection") return null;
    const size = node.reflectionKind === "confidence" ? 5 : (node.scale?.length ?? 5);
    const labels = node.scale?.length === size ? node.scale : null;
    const label = typeof answer.value === "number" ? labels?.[answer.value - 1] : undefined;
    const value =
      typeof answer.value === "string"
        ? answer.value
        : `${text.ofScale(answer.value, size)}${label ? ` (${label})` : ""}`;
    item.append(
      el("p", { class: "fl-step-text" }, plainTextOf(node.prompt)),
      el("p", null, el("span", { class: "fl-label" }, text.reflected), ` ${value}`),
    );
  } else {
    return null;
  }
  return item;
}

/**
 * The end of a run: outcome, scores against the passing rule, skills, the path
 * replayed with the mood at each step and a way back into any decision, and,
 * in end-feedback mode, the coaching for every choice.
 */
export function debriefPanel(ctx: PlayerContext, view: EndingView, canRetry: boolean): Panel {
  const { text } = ctx;
  const record = view.record;
  const heading = el("h2", { tabindex: "-1" }, view.title);
  const element = el(
    "section",
    {
      class: `fl-panel fl-debrief fl-debrief--${view.outcome}`,
      "aria-label": text.ended(view.title),
    },
    heading,
    el("p", { class: `fl-outcome fl-outcome--${view.outcome}` }, text.outcome[view.outcome]),
    richTextBlock(view.debrief, "fl-debrief-text", { newTabHint: text.opensInNewTab }),
    scoresSection(ctx, record),
    el(
      "div",
      { class: "fl-skill-row" },
      skillsSection(text.skillsPractised, record.skillsPractised, "practised"),
      skillsSection(text.skillsMissed, record.skillsMissed, "missed"),
    ),
  );
  const facts = el(
    "ul",
    { class: "fl-facts" },
    el(
      "li",
      null,
      text.counts(
        record.counts.strong,
        record.counts.mixed,
        record.counts.weak,
        record.counts.timeouts,
      ),
    ),
    el(
      "li",
      null,
      text.duration(
        Math.floor(record.durationMs / 60000),
        Math.round((record.durationMs % 60000) / 1000),
      ),
    ),
    record.confidenceShift !== null
      ? el("li", null, text.confidenceShift(record.confidenceShift))
      : null,
  );
  element.append(facts);

  if (record.feedback.length > 0) {
    const list = el("ol", { class: "fl-end-feedback" });
    for (const item of record.feedback) {
      const step = record.path.find(
        (s) => !s.undone && s.nodeId === item.nodeId && (s.optionId ?? null) === item.optionId,
      );
      const chosen = step ? chosenText(ctx, step) : null;
      list.append(
        el(
          "li",
          null,
          el(
            "p",
            null,
            el("span", { class: "fl-label" }, text.youSaid),
            ` ${chosen ? `“${chosen}”` : text.noReply}`,
          ),
          el("p", { class: `fl-quality fl-quality--${item.quality}` }, text.quality[item.quality]),
          richTextBlock(item.feedback, "fl-coaching", {
            headingStart: 4,
            newTabHint: text.opensInNewTab,
          }),
        ),
      );
    }
    element.append(
      el("section", { class: "fl-end-feedback-section" }, el("h3", null, text.endFeedback), list),
    );
  }

  const steps = el("ol", { class: "fl-replay" });
  let undone = 0;
  let n = 0;
  record.path.forEach((step, i) => {
    if (step.undone) {
      if (isAnswered(step)) undone++;
      return;
    }
    const item = replayStep(ctx, record, step, i, canRetry && isAnswered(step), ++n);
    if (item) steps.append(item);
  });
  element.append(
    el(
      "section",
      { class: "fl-replay-section" },
      el("h3", null, text.replay),
      undone > 0 ? el("p", { class: "fl-note" }, text.undoneAttempts(undone)) : null,
      steps,
    ),
  );
  if (canRetry) {
    element.append(
      el(
        "div",
        { class: "fl-actions" },
        el(
          "button",
          { type: "button", class: "fl-button fl-button--quiet", click: () => ctx.act.retry() },
          text.tryLast,
        ),
      ),
    );
  }
  ctx.announce(text.ended(view.title));
  return { element, focus: heading };
}
