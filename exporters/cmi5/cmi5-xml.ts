import { xmlText } from "../package/xml-text";

export interface Cmi5CourseInput {
  courseId: string;
  auId: string;
  title: string;
  description: string;
  language: string;
  moveOn: string;
  masteryScore: number | null;
  launchMethod: string;
  url: string;
  objectives: readonly { id: string; title: string; description: string }[];
}

function text(tag: string, lang: string, value: string, indent: string): string {
  return `${indent}<${tag}>\n${indent}  <langstring lang="${lang}">${xmlText(value)}</langstring>\n${indent}</${tag}>`;
}

/** cmi5.xml: one course with one AU (cmi5 section 13), objectives per rubric dimension. */
export function cmi5CourseXml(input: Cmi5CourseInput): string {
  const lang = xmlText(input.language);
  const objectives =
    input.objectives.length === 0
      ? ""
      : `  <objectives>\n${input.objectives
          .map(
            (o) =>
              `    <objective id="${xmlText(o.id)}">\n${text("title", lang, o.title, "      ")}\n${text("description", lang, o.description, "      ")}\n    </objective>`,
          )
          .join("\n")}\n  </objectives>\n`;
  const refs =
    input.objectives.length === 0
      ? ""
      : `    <objectives>\n${input.objectives.map((o) => `      <objective idref="${xmlText(o.id)}"/>`).join("\n")}\n    </objectives>\n`;
  const mastery =
    input.masteryScore === null
      ? ""
      : ` masteryScore="${Math.round(input.masteryScore * 10000) / 10000}"`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xmlText(input.courseId)}">
${text("title", lang, input.title, "    ")}
${text("description", lang, input.description, "    ")}
  </course>
${objectives}  <au id="${xmlText(input.auId)}" moveOn="${input.moveOn}"${mastery} launchMethod="${input.launchMethod}">
${text("title", lang, input.title, "    ")}
${text("description", lang, input.description, "    ")}
${refs}    <url>${xmlText(input.url)}</url>
  </au>
</courseStructure>
`;
}
