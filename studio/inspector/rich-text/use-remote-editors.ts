import { useEffect, useState } from "react";
import type * as Y from "yjs";
import type { CaretAwareness } from "../caret-awareness";
import { type RemoteEditor, remoteEditorsIn } from "./remote-editors";

const keyOf = (list: readonly RemoteEditor[]) =>
  list.map((e) => `${e.clientId}:${e.name}:${e.color}`).join(",");

export function useRemoteEditors(carets: CaretAwareness, fragment: Y.XmlFragment): RemoteEditor[] {
  const [editors, setEditors] = useState(() => remoteEditorsIn(carets, fragment));
  useEffect(() => {
    const update = () => {
      const next = remoteEditorsIn(carets, fragment);
      setEditors((prev) => (keyOf(prev) === keyOf(next) ? prev : next));
    };
    carets.on("change", update);
    update();
    return () => carets.off("change", update);
  }, [carets, fragment]);
  return editors;
}
