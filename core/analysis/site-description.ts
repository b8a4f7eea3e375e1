import type { AnalysisIndex, ConditionSite, EffectSite } from "./analysis-index";
import { describeNode } from "./check";

/** `the show-condition of option "o2" on decision "n4"`, `rule "r1" of condition "n9"`. */
export function describeConditionSite(ix: AnalysisIndex, site: ConditionSite): string {
  const node = describeNode(ix.nodes[site.node]!);
  return site.optionId !== undefined
    ? `the show-condition of option "${site.optionId}" on ${node}`
    : `rule "${site.ruleId}" of ${node}`;
}

export function describeEffectSite(ix: AnalysisIndex, site: EffectSite): string {
  const node = describeNode(ix.nodes[site.node]!);
  if (site.optionId !== undefined) return `an effect of option "${site.optionId}" on ${node}`;
  return site.timer ? `the timer's effect on ${node}` : `an effect of ${node}`;
}

/** Where to attach a diagnostic about a site. */
export function siteLocation(ix: AnalysisIndex, site: { node: number; optionId?: string }) {
  const at: { nodeId: string; optionId?: string } = { nodeId: ix.nodeId(site.node) };
  if (site.optionId !== undefined) at.optionId = site.optionId;
  return at;
}
