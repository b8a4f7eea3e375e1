/**
 * Finds an LMS API object the way ADL's reference algorithm does: this window,
 * then each parent up to the top, then the opener and its parents. Frames from
 * another origin throw on access; they are skipped, not fatal.
 */
export function findLmsApi<T>(start: Window, name: "API" | "API_1484_11"): T | null {
  const fromChain = (win: Window | null): T | null => {
    let current: Window | null = win;
    for (let depth = 0; current && depth < 500; depth++) {
      try {
        const api = (current as unknown as Record<string, unknown>)[name];
        if (api && typeof api === "object") return api as T;
      } catch {
        // a cross-origin frame: keep climbing
      }
      if (current.parent === current) break;
      current = current.parent;
    }
    return null;
  };
  const found = fromChain(start);
  if (found) return found;
  try {
    return start.opener ? fromChain(start.opener as Window) : null;
  } catch {
    return null;
  }
}
