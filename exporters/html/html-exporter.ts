import { z } from "zod";
import { SCENARIO_VERSION } from "../../core";
import type { Exporter, ExportFiles } from "../contract";
import { playableDiagnostics } from "../package/common-diagnostics";
import { playerPackageFiles, singleFilePlayer } from "../package/player-package";
import { utf8 } from "../package/utf8";

export const HtmlOptionsSchema = z.object({
  singleFile: z.boolean().default(true).meta({
    title: "Single file",
    description:
      "One HTML file with the player, styles and media inside, that plays offline from disk. Off: a zip with the page, player and media as separate files.",
  }),
  title: z.string().max(200).default("").meta({
    title: "Page title",
    description: "Empty: the scenario's title.",
  }),
});
export type HtmlOptions = z.infer<typeof HtmlOptionsSchema>;

/** Large media make a single HTML file slow to open; say so before building. */
const LARGE_SINGLE_FILE = 20 * 1024 * 1024;

/** A standalone web page: no LMS, nothing reported, plays from disk or any web server. */
export const htmlExporter: Exporter<HtmlOptions> = {
  id: "html",
  label: "Standalone web page (HTML)",
  version: "1.0.0",
  scenarioVersions: [SCENARIO_VERSION],
  options: HtmlOptionsSchema,
  output: "html",
  validate(scenario, options) {
    const out = playableDiagnostics(scenario);
    const mediaBytes = scenario.assets.reduce((sum, a) => sum + a.bytes, 0);
    if (options.singleFile && mediaBytes > LARGE_SINGLE_FILE) {
      out.push({
        code: "large-single-file",
        severity: "warning",
        message: `media add ${(mediaBytes / 1048576).toFixed(1)} MB (a third more as data: URLs) to one HTML file; consider turning "Single file" off`,
      });
    }
    return out;
  },
  build(scenario, options, context): ExportFiles {
    const input = {
      scenario,
      context,
      tracker: "none" as const,
      trackerOptions: {},
      ...(options.title ? { title: options.title } : {}),
    };
    if (!options.singleFile) return playerPackageFiles(input);
    return new Map([[`${scenario.meta.id}.html`, utf8(singleFilePlayer(input))]]);
  },
};
