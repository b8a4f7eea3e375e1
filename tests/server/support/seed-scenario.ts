import { randomUUID } from "node:crypto";
import * as Y from "yjs";
import type { ForklineServer } from "../../../server";

/**
 * A scenario row whose live document holds `initial` (empty by default):
 * collaboration tests care about updates flowing, not about scenario content.
 */
export async function seedScenario(
  server: ForklineServer,
  initial: Y.Doc = new Y.Doc(),
): Promise<string> {
  const id = `t_${randomUUID().slice(0, 8)}`;
  await server.store.createScenario(
    { id, title: `Test ${id}`, summary: "", tags: [], nodeCount: 0, template: null },
    { scenario: Y.encodeStateAsUpdate(initial) },
  );
  return id;
}
