import { z } from "zod";

/** The reserved `.invalid` domain (RFC 2606) never resolves: an honest placeholder until an admin sets their own. */
export const PLACEHOLDER_IRI_BASE = "https://forkline.invalid";

export const XapiOptionsSchema = z.object({
  activityIdBase: z.string().max(500).default(`${PLACEHOLDER_IRI_BASE}/xapi/activities`).meta({
    title: "Activity id base IRI",
    description:
      "An IRI your organisation controls; the scenario's activity id is this plus /<scenario id>, and its scenes, decisions and extension keys live below it.",
  }),
  title: z.string().max(200).default("").meta({
    title: "Title in the LMS",
    description: "Empty: the scenario's title.",
  }),
});
export type XapiOptions = z.infer<typeof XapiOptionsSchema>;
