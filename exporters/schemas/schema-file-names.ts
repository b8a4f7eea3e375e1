/** Names of the schema files each SCORM version's package carries at its root. */
export const SCORM12_SCHEMA_NAMES = [
  "adlcp_rootv1p2.xsd",
  "ims_xml.xsd",
  "imscp_rootv1p1p2.xsd",
  "imsmd_rootv1p2p1.xsd",
] as const;

export const SCORM2004_SCHEMA_NAMES = [
  "XMLSchema.dtd",
  "adlcp_v1p3.xsd",
  "adlnav_v1p3.xsd",
  "adlseq_v1p3.xsd",
  "datatypes.dtd",
  "imscp_v1p1.xsd",
  "imsss_v1p0.xsd",
  "imsss_v1p0auxresource.xsd",
  "imsss_v1p0control.xsd",
  "imsss_v1p0delivery.xsd",
  "imsss_v1p0limit.xsd",
  "imsss_v1p0objective.xsd",
  "imsss_v1p0random.xsd",
  "imsss_v1p0rollup.xsd",
  "imsss_v1p0seqrule.xsd",
  "imsss_v1p0util.xsd",
  "xml.xsd",
] as const;
