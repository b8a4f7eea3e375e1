import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { docMap } from "../../core";

/** The start node id, live from the document (the settled scenario lags a click on "Set as start"). */
export function useStartNodeId(doc: Y.Doc): string | null {
  const read = () => {
    const value = docMap(doc, "settings").get("startNodeId");
    return typeof value === "string" ? value : null;
  };
  const [id, setId] = useState(read);
  useEffect(() => {
    const settings = docMap(doc, "settings");
    const update = () => {
      const value = settings.get("startNodeId");
      setId(typeof value === "string" ? value : null);
    };
    settings.observe(update);
    update();
    return () => settings.unobserve(update);
  }, [doc]);
  return id;
}
