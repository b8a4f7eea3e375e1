import { z } from "zod";
import { CommitPolicySchema } from "../scorm12/scorm12-options";

export const Scorm2004OptionsSchema = z.object({
  identifier: z
    .string()
    .max(100)
    .regex(
      /^(?:[A-Za-z_][A-Za-z0-9_.-]*)?$/,
      "an XML name: a letter or '_', then letters, digits, '_', '.', '-'",
    )
    .default("")
    .meta({ title: "Manifest identifier", description: "Empty: forkline-<scenario id>." }),
  title: z.string().max(200).default("").meta({
    title: "Title in the LMS",
    description: "Empty: the scenario's title.",
  }),
  scaledPassingScore: z.number().min(0).max(1).nullable().default(null).meta({
    title: "Passing score (0-1)",
    description:
      "Written as the primary objective's minimum normalized measure; when set, success_status is passed or failed by score.scaled. Empty: the scenario's passing rule decides.",
  }),
  commit: CommitPolicySchema,
});
export type Scorm2004Options = z.infer<typeof Scorm2004OptionsSchema>;
