import type { Frame, Page } from "playwright-core";
import type { RunAction } from "./run-paths";

type Target = Page | Frame;

interface ViewProbe {
  kind: string | null;
  nodeId: string | null;
  options: string[];
  logLength: number;
}

async function probe(target: Target): Promise<ViewProbe> {
  return target.evaluate(() => {
    // biome-ignore lint/suspicious/noExplicitAny: the player's global, read in the page
    const player = (window as any).Forkline?.current;
    const view = player?.getView?.() ?? null;
    const state = player?.getState?.() ?? null;
    return {
      kind: view?.kind ?? null,
      nodeId: view?.nodeId ?? null,
      options: view?.kind === "decision" ? view.options.map((o: { id: string }) => o.id) : [],
      logLength: state?.log?.length ?? -1,
    };
  });
}

export async function waitForView(
  target: Target,
  kinds: string[],
  timeoutMs = 15000,
): Promise<ViewProbe> {
  const started = Date.now();
  for (;;) {
    const now = await probe(target);
    if (now.kind && kinds.includes(now.kind)) return now;
    if (Date.now() - started > timeoutMs) {
      throw new Error(
        `timed out waiting for a ${kinds.join("/")} view; on screen: ${JSON.stringify(now)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

const KIND_FOR: Record<RunAction["kind"], string[]> = {
  continue: ["scene", "feedback"],
  choose: ["decision"],
  reflect: ["reflection"],
};

/**
 * Plays actions through the player's own buttons, the way a learner would,
 * waiting after each for the run's log to grow. `Forkline.current` is only
 * read, to know which view is on screen.
 */
export async function playActions(target: Target, actions: readonly RunAction[]): Promise<void> {
  for (const action of actions) {
    const before = await waitForView(target, KIND_FOR[action.kind]);
    if (action.kind === "continue") {
      await target.getByRole("button", { name: "Continue", exact: true }).last().click();
    } else if (action.kind === "choose") {
      const index = before.options.indexOf(action.optionId);
      if (index < 0) throw new Error(`option ${action.optionId} is not shown at ${before.nodeId}`);
      await target.locator(".fl-options").last().locator(".fl-option").nth(index).click();
    } else if (typeof action.value === "number") {
      await target
        .locator(".fl-scale")
        .last()
        .locator(".fl-scale-choice")
        .nth(action.value - 1)
        .click();
      await target.getByRole("button", { name: "Save answer" }).last().click();
    } else {
      await target.locator("textarea.fl-textarea").last().fill(action.value);
      await target.getByRole("button", { name: "Save answer" }).last().click();
    }
    const started = Date.now();
    while ((await probe(target)).logLength <= before.logLength) {
      if (Date.now() - started > 15000)
        throw new Error(`the player did not take ${JSON.stringify(action)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}
