import { z } from "zod";
import { CMI5_LAUNCH_METHODS, CMI5_MOVE_ON } from "../conformance/check-cmi5-course";

export const Cmi5OptionsSchema = z.object({
  courseId: z.string().max(500).default("").meta({
    title: "Course id (IRI)",
    description:
      "An IRI your organisation controls; the AU is <course id>/au. Empty: https://forkline.invalid/cmi5/courses/<scenario id>.",
  }),
  title: z.string().max(200).default("").meta({
    title: "Title in the LMS",
    description: "Empty: the scenario's title.",
  }),
  moveOn: z
    .enum(["auto", ...CMI5_MOVE_ON])
    .default("auto")
    .meta({
      title: "Move on when",
      description:
        "auto: Passed when the scenario has a passing rule or a mastery score, Completed otherwise.",
    }),
  masteryScore: z.number().min(0).max(1).nullable().default(null).meta({
    title: "Mastery score (0-1)",
    description:
      "When set, the LMS passes it at launch and the AU decides passed or failed by score.scaled. Empty: the scenario's passing rule decides.",
  }),
  launchMethod: z.enum(CMI5_LAUNCH_METHODS).default("AnyWindow").meta({
    title: "Launch method",
    description:
      "AnyWindow lets the LMS choose a frame or window; OwnWindow asks for a window of its own.",
  }),
});
export type Cmi5Options = z.infer<typeof Cmi5OptionsSchema>;
