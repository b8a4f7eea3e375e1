import { xmlText } from "../package/xml-text";

export interface Scorm12ManifestInput {
  identifier: string;
  title: string;
  masteryScore: number | null;
  launch: string;
  /** Every file of the package except the manifest and the schema files, sorted. */
  files: readonly string[];
}

/** imsmanifest.xml for one SCO (SCORM 1.2 CAM), valid against the package-root XSDs. */
export function scorm12Manifest(input: Scorm12ManifestInput): string {
  const id = input.identifier;
  const title = xmlText(input.title.slice(0, 200));
  const mastery =
    input.masteryScore === null
      ? ""
      : `\n        <adlcp:masteryscore>${Math.round(input.masteryScore)}</adlcp:masteryscore>`;
  const files = input.files.map((f) => `      <file href="${xmlText(f)}"/>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${xmlText(input.launch)}">
${files}
    </resource>
  </resources>
</manifest>
`;
}
