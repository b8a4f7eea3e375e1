import { type Check, describeNode } from "../check";
import { diagnostic } from "../diagnostic";

export const checkPersonaAssetReferences: Check = (ix, out) => {
  const personas = new Set(ix.scenario.personas.map((p) => p.id));
  const assets = new Set(ix.scenario.assets.map((a) => a.id));
  const missingAsset = (id: string, where: string, nodeId?: string) =>
    out.push(
      diagnostic(
        "missing-asset",
        `${where} uses the asset "${id}", which is not in the scenario's assets: upload it again or remove the reference.`,
        nodeId === undefined ? {} : { nodeId },
      ),
    );
  for (const node of ix.nodes) {
    if (node.kind !== "scene") continue;
    if (node.personaId !== null && !personas.has(node.personaId))
      out.push(
        diagnostic(
          "missing-persona",
          `The ${describeNode(node)} names the persona "${node.personaId}", which does not exist: pick an existing persona or create it.`,
          { nodeId: node.id },
        ),
      );
    const media = node.media;
    if (!media) continue;
    const where = `The ${media.kind} on ${describeNode(node)}`;
    if (!assets.has(media.assetId)) missingAsset(media.assetId, where, node.id);
    if (media.captionsAssetId !== null && !assets.has(media.captionsAssetId))
      missingAsset(
        media.captionsAssetId,
        `The captions of the ${media.kind} on ${describeNode(node)}`,
        node.id,
      );
  }
  for (const p of ix.scenario.personas)
    if (p.avatarAssetId !== null && !assets.has(p.avatarAssetId))
      missingAsset(p.avatarAssetId, `The avatar of persona "${p.id}"`);
};
