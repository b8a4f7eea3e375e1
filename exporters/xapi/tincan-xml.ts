import { xmlText } from "../package/xml-text";

export interface TincanInput {
  activityId: string;
  title: string;
  description: string;
  language: string;
  launch: string;
}

/** tincan.xml: the launch document LMSs read to import an xAPI package. */
export function tincanXml(input: TincanInput): string {
  const lang = xmlText(input.language);
  return `<?xml version="1.0" encoding="UTF-8"?>
<tincan xmlns="http://projecttincan.com/tincan.xsd">
  <activities>
    <activity id="${xmlText(input.activityId)}" type="http://adlnet.gov/expapi/activities/course">
      <name lang="${lang}">${xmlText(input.title)}</name>
      <description lang="${lang}">${xmlText(input.description)}</description>
      <launch lang="${lang}">${xmlText(input.launch)}</launch>
    </activity>
  </activities>
</tincan>
`;
}
