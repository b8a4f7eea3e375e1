import { createContext, useContext } from "react";
import type * as Y from "yjs";
import type { Scenario } from "../../core";
import type { CaretAwareness } from "./caret-awareness";
import type { InspectorSelection, InspectorUser } from "./inspector-contract";

/** What every editor in the panel needs: the live document, how to tag writes, and the shared lists. */
export interface InspectorEnv {
  readonly doc: Y.Doc;
  readonly origin: unknown;
  readonly undoManager: Y.UndoManager;
  readonly editable: boolean;
  /** The settled scenario: variables, skills, dimensions, personas and nodes for pickers. */
  readonly scenario: Scenario | null;
  readonly user: InspectorUser;
  readonly carets: CaretAwareness;
  readonly onSelect: (selection: InspectorSelection) => void;
}

export const InspectorEnvContext = createContext<InspectorEnv | null>(null);

export function useInspectorEnv(): InspectorEnv {
  const env = useContext(InspectorEnvContext);
  if (!env) throw new Error("the inspector's editors need InspectorEnvContext");
  return env;
}
