import { useEffect, useState } from "react";

/**
 * Shows a just-committed value until the value from the document moves.
 * Scenario-level values arrive from a settled read that lags a few hundred
 * milliseconds; without this a select would snap back, then forward. Any
 * change of the value (ours arriving, a peer's edit, an undo) ends it.
 */
export function usePending<T>(value: T): [shown: T, remember: (next: T) => void] {
  const [pending, setPending] = useState<{ next: T; base: T } | null>(null);
  const moved = pending !== null && !Object.is(pending.base, value);
  useEffect(() => {
    if (moved) setPending(null);
  }, [moved]);
  return [pending && !moved ? pending.next : value, (next: T) => setPending({ next, base: value })];
}
