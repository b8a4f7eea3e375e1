import { useCallback, useEffect, useRef, useState } from "react";
import { usePending } from "./use-pending";

export interface FieldDraft {
  /** What the control shows: the draft while typing, else the committed value. */
  text: string;
  dirty: boolean;
  error: string | null;
  change: (text: string) => void;
  /** Writes the draft if it differs; keeps it (and shows the error) when refused. */
  commit: () => void;
  revert: () => void;
}

/**
 * A text control bound to a document value: typing only changes the draft,
 * blur or Enter commits it once. `write` returns why a value was refused, in
 * which case nothing was written and the draft stays for the designer to fix.
 */
export function useFieldDraft(value: string, write: (text: string) => string | null): FieldDraft {
  const [shown, remember] = usePending(value);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const commit = useCallback(() => {
    if (draft === null) return;
    if (draft === shown) {
      setDraft(null);
      setError(null);
      return;
    }
    const refused = write(draft);
    if (refused) {
      setError(refused);
      return;
    }
    remember(draft);
    setDraft(null);
    setError(null);
  }, [draft, shown, write, remember]);

  // A draft left when the field goes away (the selection moved by keyboard) is
  // still the designer's work: write it if it is valid.
  const latest = useRef({ draft, shown, write });
  latest.current = { draft, shown, write };
  useEffect(
    () => () => {
      const { draft: left, shown: base, write: save } = latest.current;
      if (left !== null && left !== base) save(left);
    },
    [],
  );

  return {
    text: draft ?? shown,
    dirty: draft !== null,
    error,
    change: (text) => setDraft(text),
    commit,
    revert: () => {
      setDraft(null);
      setError(null);
    },
  };
}
