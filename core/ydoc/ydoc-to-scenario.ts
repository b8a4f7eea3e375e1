import type * as Y from "yjs";
import { formatIssuePath } from "../file/describe-issue";
import type { ScenarioNode } from "../schema/nodes";
import { NodeSchema } from "../schema/nodes";
import type { Scenario } from "../schema/scenario";
import { docMap } from "./layout";
import { positionLookup } from "./positions";
import { readRawNode, readRawScenario } from "./read-raw-scenario";
import { repairScenario } from "./repair/repair-scenario";
import { repairToSchema } from "./repair/repair-to-schema";
import { trustedNodeSchema } from "./repair/trusted-schemas";

/** Something reading the document had to drop or fix to produce a valid scenario. */
export interface DocIssue {
  /** Where in the document, like `nodes.dec_x1.options[2].quality`. */
  path: string;
  message: string;
}

export interface YDocReadResult {
  scenario: Scenario;
  issues: DocIssue[];
}

/**
 * Reads a scenario out of a live document and says what it repaired. The
 * result always passes ScenarioSchema: half-edited or conflicting data is
 * filled with defaults, cut to size, or left out (never the whole document).
 */
export function yDocToScenarioWithIssues(doc: Y.Doc): YDocReadResult {
  const issues: DocIssue[] = [];
  const report = (path: string, message: string) => issues.push({ path, message });
  const raw = readRawScenario(doc, report);
  return { scenario: repairScenario(raw, report), issues };
}

/** The scenario in a live document; see `yDocToScenarioWithIssues` for what may be repaired. */
export function yDocToScenario(doc: Y.Doc): Scenario {
  return yDocToScenarioWithIssues(doc).scenario;
}

/**
 * Some nodes, validated (repaired if need be), in the order asked; ids with no
 * node are skipped. For views that refresh only the nodes a change touched.
 */
export function readNodes(doc: Y.Doc, ids: readonly string[], issues?: DocIssue[]): ScenarioNode[] {
  const nodes = docMap(doc, "nodes");
  const report = (path: string, message: string) => issues?.push({ path, message });
  const positions = positionLookup(doc, ids.length);
  const out: ScenarioNode[] = [];
  for (const id of ids) {
    const value = nodes.get(id);
    if (value === undefined) continue;
    const raw = readRawNode(id, value, positions, report);
    const node = raw
      ? repairToSchema(
          raw,
          NodeSchema,
          (path, message) => report(formatIssuePath(["nodes", id, ...path]), message),
          trustedNodeSchema(),
        )
      : null;
    if (node) out.push(node);
  }
  return out;
}

/**
 * Builds what `readNodes` checks nodes with (compiled on first use, which
 * takes a moment), for a caller with time to spare before its first read.
 */
export function prepareNodeReader(): void {
  trustedNodeSchema();
}

/** One node, validated, or null when the document has no (usable) node with that id. */
export function readNode(doc: Y.Doc, id: string, issues?: DocIssue[]): ScenarioNode | null {
  return readNodes(doc, [id], issues)[0] ?? null;
}
