import { useCallback, useMemo } from "react";
import { useToast } from "../ui/toast";
import { useInspectorEnv } from "./inspector-env";
import { describeError } from "./logic/describe-error";

export interface CommandRunner {
  /** Runs a write and returns why it was refused (for an inline error), or null. */
  check: (write: () => void) => string | null;
  /** Runs a write that has no field to show an error beside (buttons); a refusal becomes a toast. Returns whether it was written. */
  act: (write: () => void) => boolean;
}

/**
 * Every inspector write goes through here: core commands throw before writing
 * when they refuse, so catching is all it takes to keep the document untouched.
 */
export function useCommand(): CommandRunner {
  const { editable } = useInspectorEnv();
  const toast = useToast();
  const check = useCallback(
    (write: () => void): string | null => {
      if (!editable) return "This scenario cannot be edited right now.";
      try {
        write();
        return null;
      } catch (error) {
        return describeError(error);
      }
    },
    [editable],
  );
  const act = useCallback(
    (write: () => void) => {
      const error = check(write);
      if (error) toast({ message: error, tone: "error" });
      return error === null;
    },
    [check, toast],
  );
  return useMemo(() => ({ check, act }), [check, act]);
}
