import { xmlText } from "../package/xml-text";

export interface Scorm2004ManifestInput {
  identifier: string;
  title: string;
  scaledPassingScore: number | null;
  /** Rubric dimension ids: one local objective each. */
  objectives: readonly string[];
  launch: string;
  files: readonly string[];
}

/** An objectiveID is an anyURI; rubric ids (letters, digits, '_', '.', '-') already are. */
function objective(id: string): string {
  return `            <imsss:objective objectiveID="${xmlText(id)}"/>`;
}

/**
 * imsmanifest.xml for one SCO (SCORM 2004 4th Edition CAM). The SCO reports
 * completion and success itself (deliveryControls), one objective per rubric
 * dimension is declared, and a passing score makes the primary objective
 * satisfied by measure.
 */
export function scorm2004Manifest(input: Scorm2004ManifestInput): string {
  const id = input.identifier;
  const title = xmlText(input.title.slice(0, 200));
  const measure = input.scaledPassingScore;
  const primary =
    measure === null
      ? `            <imsss:primaryObjective objectiveID="${id}-primary"/>`
      : `            <imsss:primaryObjective objectiveID="${id}-primary" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${measure}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>`;
  const objectives = [primary, ...input.objectives.map(objective)].join("\n");
  const files = input.files.map((f) => `      <file href="${xmlText(f)}"/>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>
        <imsss:sequencing>
          <imsss:objectives>
${objectives}
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
      <imsss:sequencing>
        <imsss:controlMode choice="true" flow="true"/>
      </imsss:sequencing>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormType="sco" href="${xmlText(input.launch)}">
${files}
    </resource>
  </resources>
</manifest>
`;
}
