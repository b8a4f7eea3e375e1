import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { docMap, type Edge, listEdges } from "../../core";

/** The edges leaving one node, read from the document and re-read when any edge changes. */
export function useLiveEdgesFrom(doc: Y.Doc, nodeId: string): Edge[] {
  const read = () => listEdges(doc).filter((e) => e.source === nodeId);
  const [edges, setEdges] = useState<Edge[]>(read);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `read` closes over doc and nodeId, the real dependencies.
  useEffect(() => {
    const map = docMap(doc, "edges");
    const refresh = () => setEdges(read());
    refresh();
    map.observe(refresh);
    return () => map.unobserve(refresh);
  }, [doc, nodeId]);
  return edges;
}
