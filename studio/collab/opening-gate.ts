/**
 * Holds back decoding the whole document when a scenario is opened by its
 * URL, until the canvas has drawn the server's first view (or there is none
 * to draw). Decoding a large document takes the page's main thread for a few
 * hundred milliseconds, and the first view, a few kilobytes, can be on
 * screen before that. Nothing is lost waiting: the document could not be
 * used before the app has rendered anyway. A deadline opens the gate
 * whatever happens.
 */
export class OpeningGate {
  readonly opened: Promise<void>;
  private release!: () => void;
  isOpen = false;

  constructor(deadlineMs: number) {
    this.opened = new Promise<void>((resolve) => {
      this.release = resolve;
    });
    setTimeout(() => this.open(), deadlineMs);
  }

  open(): void {
    if (this.isOpen) return;
    this.isOpen = true;
    this.release();
  }
}

/** Long enough for the app to load and draw; short enough not to matter if it never does. */
const DEADLINE_MS = 1500;

let current: OpeningGate | null = null;

/** A gate for the page's opening document (see connectEarly). */
export function createOpeningGate(): OpeningGate {
  current?.open();
  current = new OpeningGate(DEADLINE_MS);
  return current;
}

/** Opens the opening document's gate, if there is one still closed. */
export function openOpeningGate(): void {
  current?.open();
  current = null;
}
