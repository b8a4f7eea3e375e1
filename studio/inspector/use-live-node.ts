import { useEffect, useState } from "react";
import * as Y from "yjs";
import { docMap, readNode, type ScenarioNode } from "../../core";

// Typing in a rich-text field changes only XML types; the editor shows those itself.
function isTextOnly(event: Y.YEvent<Y.AbstractType<unknown>>): boolean {
  const target = event.target;
  return (
    target instanceof Y.XmlFragment || target instanceof Y.XmlElement || target instanceof Y.XmlText
  );
}

/**
 * One node read straight from the document and re-read when it changes, so
 * forms show a peer's edit at once and patches are built on current data
 * (the settled scenario lags edits by a few hundred milliseconds).
 */
export function useLiveNode(doc: Y.Doc, id: string): ScenarioNode | null {
  const [node, setNode] = useState<ScenarioNode | null>(() => readNode(doc, id));
  useEffect(() => {
    const nodes = docMap(doc, "nodes");
    let map: Y.Map<unknown> | null = null;
    const refresh = () => setNode(readNode(doc, id));
    const onDeep = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      if (!events.every(isTextOnly)) refresh();
    };
    const attach = () => {
      map?.unobserveDeep(onDeep);
      const next = nodes.get(id);
      map = next instanceof Y.Map ? next : null;
      map?.observeDeep(onDeep);
    };
    const onNodes = (event: Y.YMapEvent<unknown>) => {
      if (!event.keysChanged.has(id)) return;
      attach();
      refresh();
    };
    nodes.observe(onNodes);
    attach();
    refresh();
    return () => {
      nodes.unobserve(onNodes);
      map?.unobserveDeep(onDeep);
    };
  }, [doc, id]);
  return node;
}
