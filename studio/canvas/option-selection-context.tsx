import { createContext } from "react";

export interface OptionSelection {
  /** The option picked in the selected decision, if any. */
  selectedOption: string | null;
  selectOption: (nodeId: string, optionId: string) => void;
}

export const OptionSelectionContext = createContext<OptionSelection>({
  selectedOption: null,
  selectOption: () => undefined,
});
