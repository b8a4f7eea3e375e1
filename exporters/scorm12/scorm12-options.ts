import { z } from "zod";

export const CommitPolicySchema = z.enum(["answer", "suspend", "end"]).default("answer").meta({
  title: "Commit to the LMS",
  description:
    "answer: after every answered decision and at each save point; suspend: at save points only; end: only at the ending and on exit (fewest LMS round trips, most at risk if the browser crashes).",
});

export const Scorm12OptionsSchema = z.object({
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
  masteryScore: z.number().min(0).max(100).nullable().default(null).meta({
    title: "Mastery score (0-100)",
    description:
      "Written as adlcp:masteryscore; when set, lesson_status is passed or failed by the score instead of the scenario's passing rule. Empty: the passing rule decides.",
  }),
  commit: CommitPolicySchema,
});
export type Scorm12Options = z.infer<typeof Scorm12OptionsSchema>;
