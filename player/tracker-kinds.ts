/**
 * The trackers a player bundle can be built with, one bundle each. The same
 * list as the exporters' TrackerKind (a test keeps them equal); the player
 * cannot import the exporters, so it keeps its own copy.
 */
export const TRACKER_KINDS = ["none", "local", "scorm12", "scorm2004", "xapi", "cmi5"] as const;
export type PlayerTrackerKind = (typeof TRACKER_KINDS)[number];
