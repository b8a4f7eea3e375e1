import { cmi5Exporter } from "./cmi5/cmi5-exporter";
import type { Exporter } from "./contract";
import { htmlExporter } from "./html/html-exporter";
import { jsonExporter } from "./json/json-exporter";
import { scorm12Exporter } from "./scorm12/scorm12-exporter";
import { scorm2004Exporter } from "./scorm2004/scorm2004-exporter";
import { xapiExporter } from "./xapi/xapi-exporter";

/** The exporters Forkline ships, in the order offered by default. */
export const BUILTIN_EXPORTERS: readonly Exporter[] = [
  jsonExporter,
  htmlExporter,
  scorm12Exporter,
  scorm2004Exporter,
  xapiExporter,
  cmi5Exporter,
] as unknown as readonly Exporter[];

export const BUILTIN_EXPORTER_IDS = [
  "json",
  "html",
  "scorm12",
  "scorm2004",
  "xapi",
  "cmi5",
] as const;
