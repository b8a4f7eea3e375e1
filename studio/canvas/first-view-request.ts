import { type FirstView, FirstViewSchema } from "../../core";

declare global {
  interface Window {
    /** Asked for by index.html while the page's scripts load (see there). */
    __forklineFirstView?: { scenarioId: string; response: Promise<unknown> };
  }
}

interface Asked {
  scenarioId: string;
  view: Promise<FirstView | null>;
  /** The answer once it has come (undefined until then). */
  settled?: FirstView | null;
}

let asked: Asked | null = null;

function fetchFirstView(scenarioId: string): Promise<unknown> {
  return fetch(`/api/scenarios/${encodeURIComponent(scenarioId)}/first-view`).then((response) =>
    response.ok ? response.json() : null,
  );
}

/**
 * The server's first view of a scenario, or null when there is none to be
 * had (an error, an older server): the canvas then simply waits for the
 * document. The page's own early request is used when it is for this
 * scenario; asking twice while it is open gives the same answer.
 */
export function firstViewOf(scenarioId: string): Promise<FirstView | null> {
  if (asked?.scenarioId === scenarioId) return asked.view;
  const early = window.__forklineFirstView;
  window.__forklineFirstView = undefined;
  const response = early?.scenarioId === scenarioId ? early.response : fetchFirstView(scenarioId);
  const view = response.then(
    (json) => {
      const parsed = FirstViewSchema.safeParse(json);
      const settled = parsed.success ? parsed.data : null;
      if (asked?.view === view) asked.settled = settled;
      return settled;
    },
    () => null,
  );
  asked = { scenarioId, view };
  return view;
}

/** Forgets the answer kept for the scenario being left: the next opening asks afresh. */
export function forgetFirstView(): void {
  asked = null;
}

/** The first view already at hand for this scenario, so the canvas's first render can draw it. */
export function settledFirstView(scenarioId: string): FirstView | null | undefined {
  return asked?.scenarioId === scenarioId ? asked.settled : undefined;
}
