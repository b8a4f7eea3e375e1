import type { Engine, RunState, Scenario, ScenarioNode, StartOptions, View } from "../core";
import { createEngine, plainTextOf } from "../core";
import { systemClock } from "./clock";
import { el } from "./dom/el";
import { createProgressEstimator } from "./estimate-progress";
import type { Messages } from "./messages";
import { messagesFor } from "./messages-for";
import type { PlayerHandle, PlayerOptions } from "./player-options";
import type { Tracker } from "./tracker";
import { choiceReport } from "./tracker-reports";
import { createTracker as createNoneTracker } from "./trackers/none";
import { createConversationLog } from "./views/conversation-log";
import { debriefPanel } from "./views/debrief-panel";
import { decisionPanel } from "./views/decision-panel";
import { feedbackPanel } from "./views/feedback-panel";
import { levelNotice } from "./views/level-notice";
import { currentPersonaName } from "./views/past-steps";
import type { Panel, PlayerActions, PlayerContext } from "./views/player-context";
import { reflectionPanel } from "./views/reflection-panel";

const DEFAULT_TYPING_MS = 900;

/** Trackers must not throw into the player; if one does anyway, the run goes on. */
function safely(onError: (error: unknown) => void, call: () => void): void {
  try {
    call();
  } catch (error) {
    onError(error);
  }
}

function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
}

/** Who the customer is and what happened before, for the learner to open when they want it. */
function aboutPersonas(scenario: Scenario, text: Messages): HTMLElement[] {
  return scenario.personas
    .filter((p) => p.context)
    .map((p) =>
      el(
        "details",
        { class: "fl-about" },
        el("summary", null, text.about(p.name)),
        el("p", null, p.context),
      ),
    );
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/**
 * Mounts the learner's player for a scenario into `element`: asks the tracker
 * for a saved run (resuming it through the engine), then renders one view at a
 * time: the conversation log above, the current decision, feedback,
 * reflection or debrief below. Every learner action goes through the engine;
 * the tracker hears about it after the view is on screen.
 */
export function mountPlayer(
  element: HTMLElement,
  scenario: Scenario,
  options: PlayerOptions = {},
): PlayerHandle {
  const clock = options.clock ?? systemClock;
  const text: Messages = { ...messagesFor(scenario.meta.language), ...options.messages };
  const tracker: Tracker = options.tracker ?? createNoneTracker({});
  const onError = (error: unknown) => {
    if (options.onError) options.onError(error);
    else console.error(error);
  };
  const typingMs = prefersReducedMotion() ? 0 : (options.typingMs ?? DEFAULT_TYPING_MS);
  const nodes = new Map<string, ScenarioNode>(scenario.nodes.map((n) => [n.id, n]));

  const live = el("div", { class: "fl-sr", role: "status", "aria-live": "polite" });
  const announce = (message: string) => {
    live.append(el("p", null, message));
    while (live.childElementCount > 3) live.firstElementChild?.remove();
  };

  let engine: Engine | null = null;
  let state: RunState | null = null;
  let view: View | null = null;
  let panel: Panel | null = null;
  let shownAt = clock.now();
  let firstRender = true;
  let destroyed = false;
  let terminated: Promise<void> | null = null;

  const elapsed = () => Math.max(0, Math.round(clock.now() - shownAt));

  const act: PlayerActions = {
    continue: () => run(null, (e, s) => e.continue(s, elapsed())),
    choose: (id) => run("choice", (e, s) => e.choose(s, id, elapsed())),
    timeout: () => run("choice", (e, s) => e.timeout(s, elapsed())),
    retry: () => run(null, (e, s) => e.retry(s)),
    reflect: (value) => run("reflection", (e, s) => e.reflect(s, value, elapsed())),
    rewind: (index) => run(null, (e, s) => e.rewind(s, index)),
  };

  const ctx: PlayerContext = {
    scenario,
    get engine() {
      return engine!;
    },
    nodes,
    clock,
    text,
    assetUrl: (id) => options.assetUrl?.(id) ?? null,
    act,
    announce,
  };

  const log = createConversationLog(ctx);
  const stage = el("div", { class: "fl-stage" }, el("p", { class: "fl-note" }, text.loading));
  const learner = el("p", { class: "fl-learner" });
  learner.hidden = true;
  const root = el(
    "div",
    { class: "fl-player", lang: scenario.meta.language },
    el(
      "header",
      { class: "fl-header" },
      el("h1", { class: "fl-title" }, scenario.meta.title),
      learner,
      ...aboutPersonas(scenario, text),
    ),
    log.element,
    stage,
    live,
  );
  element.replaceChildren(root);
  const progress = createProgressEstimator(scenario);

  function fail(error: unknown) {
    onError(error);
    stage.replaceChildren(
      el("p", { class: "fl-error", role: "alert" }, text.failed),
      el("p", { class: "fl-note" }, error instanceof Error ? error.message : String(error)),
    );
  }

  function focusPanel(target: HTMLElement | null) {
    if (!target || (firstRender && options.autoFocus === false)) return;
    target.focus({ preventScroll: true });
    target.scrollIntoView?.({ block: "nearest" });
  }

  function sceneControls(): Panel {
    const button = el(
      "button",
      { type: "button", class: "fl-button", click: () => act.continue() },
      text.continue,
    );
    return { element: el("div", { class: "fl-panel fl-actions" }, button), focus: button };
  }

  function buildPanel(s: RunState, v: View): Panel {
    switch (v.kind) {
      case "scene":
        return sceneControls();
      case "decision":
        return decisionPanel(ctx, v);
      case "feedback":
        return feedbackPanel(ctx, v, engine!.canRetry(s), currentPersonaName(ctx, s.path));
      case "reflection":
        return reflectionPanel(ctx, v);
      case "ending":
        return debriefPanel(ctx, v, engine!.canRetry(s));
    }
  }

  function render(s: RunState, v: View) {
    panel?.dispose?.();
    panel = null;
    stage.replaceChildren();
    log.element.hidden = v.kind === "ending";
    const notice = s.levelChange ? levelNotice(ctx, s.levelChange) : null;
    log.sync(s, v, typingMs, () => {
      if (state !== s || destroyed) return;
      panel = buildPanel(s, v);
      stage.replaceChildren(...(notice ? [notice, panel.element] : [panel.element]));
      focusPanel(panel.focus);
      firstRender = false;
    });
  }

  function show(next: RunState) {
    state = next;
    view = engine!.view(next);
    shownAt = clock.now();
    render(next, view);
    safely(onError, () => options.onState?.(next, view!));
  }

  function report(kind: "choice" | "reflection" | null, before: RunState, shown: View, ms: number) {
    const s = state!;
    const v = view!;
    if (kind === "choice" && shown.kind === "decision")
      safely(onError, () => tracker.choice(choiceReport(ctx, before, shown, s, ms)));
    if (kind === "reflection" && shown.kind === "reflection") {
      const answer = s.reflections[s.reflections.length - 1];
      if (answer)
        safely(onError, () => tracker.reflection({ ...answer, prompt: plainTextOf(shown.prompt) }));
    }
    safely(onError, () =>
      tracker.step({ nodeId: s.nodeId, kind: v.kind, location: s.nodeId, progress: progress(s) }),
    );
    if (v.kind === "ending") safely(onError, () => tracker.end(v.record));
    safely(onError, () => tracker.suspend(engine!.serialize(s), s.nodeId));
  }

  function run(kind: "choice" | "reflection" | null, action: (e: Engine, s: RunState) => RunState) {
    if (!engine || !state || !view || destroyed) return;
    const before = state;
    const shown = view;
    const ms = elapsed();
    let next: RunState;
    try {
      next = action(engine, before);
      show(next);
    } catch (error) {
      onError(error);
      announce(text.actionFailed);
      // Re-enable the view the learner was on; its controls locked themselves.
      state = before;
      view = shown;
      render(before, shown);
      return;
    }
    report(kind, before, shown, ms);
  }

  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.repeat)
      return;
    if (event.key < "1" || event.key > "9" || event.key.length !== 1 || isTyping(event.target))
      return;
    const target = event.target;
    if (target !== document.body && !(target instanceof Node && root.contains(target))) return;
    if (panel?.pick?.(Number(event.key))) event.preventDefault();
  };
  document.addEventListener("keydown", onKey);

  const startOptions = (): StartOptions => ({
    ...(options.difficulty !== undefined ? { difficulty: options.difficulty } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.startNodeId !== undefined ? { startNodeId: options.startNodeId } : {}),
    ...(options.variables !== undefined ? { variables: options.variables } : {}),
  });

  const ready = (async () => {
    let resume: string | null = null;
    try {
      engine = createEngine(scenario);
      const started = await tracker.start({
        scenarioId: scenario.meta.id,
        title: scenario.meta.title,
        language: scenario.meta.language,
      });
      resume = started?.resume ?? null;
      if (started?.learnerName) {
        learner.textContent = started.learnerName;
        learner.hidden = false;
      }
    } catch (error) {
      if (!engine) return fail(error);
      onError(error);
    }
    if (destroyed) return;
    let first: RunState | null = null;
    if (resume) {
      try {
        first = engine.restore(resume);
      } catch (error) {
        // A saved run from an older version of the scenario: start again rather than not at all.
        onError(error);
      }
    }
    try {
      if (!first) first = engine.start(startOptions());
      show(first);
    } catch (error) {
      return fail(error);
    }
    const s = first;
    safely(onError, () =>
      tracker.step({
        nodeId: s.nodeId,
        kind: view!.kind,
        location: s.nodeId,
        progress: progress(s),
      }),
    );
  })();

  function terminate(): Promise<void> {
    if (terminated) return terminated;
    if (engine && state) {
      const s = state;
      safely(onError, () => tracker.suspend(engine!.serialize(s), s.nodeId));
    }
    terminated = (async () => {
      try {
        await tracker.terminate();
      } catch (error) {
        onError(error);
      }
    })();
    return terminated;
  }

  return {
    ready,
    getState: () => state,
    getView: () => view,
    serialize: () => (engine && state ? engine.serialize(state) : null),
    restart(next) {
      if (!engine || destroyed) return;
      log.reset();
      show(engine.start({ ...startOptions(), ...next }));
    },
    setState(next) {
      if (!engine || destroyed) return;
      log.reset();
      show(next);
    },
    terminate,
    destroy() {
      if (destroyed) return;
      void terminate();
      destroyed = true;
      panel?.dispose?.();
      log.dispose();
      document.removeEventListener("keydown", onKey);
      element.replaceChildren();
    },
  };
}
