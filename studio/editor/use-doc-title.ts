import { useSyncExternalStore } from "react";
import type * as Y from "yjs";
import { docMap } from "../../core";

/** The scenario's title as the live document has it (renames by others show at once). */
export function useDocTitle(doc: Y.Doc): string {
  const meta = docMap(doc, "meta");
  return useSyncExternalStore(
    (listener) => {
      meta.observe(listener);
      return () => meta.unobserve(listener);
    },
    () => {
      const title = meta.get("title");
      return typeof title === "string" ? title : "";
    },
  );
}
